package io.triangulate.output;

import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event as a flat row with ACLED/UCDP-like columns, shared by the CSV, GeoJSON and Markdown writers so
 * that every export names a field the same way.
 */
final class EventRow {
    static final List<String> COLUMNS = List.of("event_id", "event_date", "date_precision", "country", "admin1", "location",
            "latitude", "longitude", "geo_precision", "perpetrator", "perpetrator_status", "fatalities_low", "fatalities_best",
            "fatalities_high", "injured_low", "injured_best", "injured_high", "sources", "n_reports", "n_independent_sources",
            "flags", "confidence", "notes");

    private EventRow() {}

    static Map<String, Object> of(ReconciledEvent e) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("event_id", e.id());
        r.put("event_date", date(e));
        r.put("date_precision", e.date().precision());
        r.put("country", e.place().country());
        r.put("admin1", e.place().admin1());
        r.put("location", e.place().name());
        r.put("latitude", e.place().lat());
        r.put("longitude", e.place().lon());
        r.put("geo_precision", e.place().precision());
        r.put("perpetrator", e.perpetrator().name());
        r.put("perpetrator_status", e.perpetrator().status());
        Figure k = e.casualties().killed();
        Figure i = e.casualties().injured();
        r.put("fatalities_low", k.low());
        r.put("fatalities_best", k.best());
        r.put("fatalities_high", k.high());
        r.put("injured_low", i.low());
        r.put("injured_best", i.best());
        r.put("injured_high", i.high());
        r.put("sources", String.join("; ", e.speakers()));
        r.put("n_reports", e.reports().size());
        r.put("n_independent_sources", e.independentSources());
        r.put("flags", String.join("; ", e.flags().stream().map(f -> f.code().code()).distinct().toList()));
        r.put("confidence", e.confidence().level());
        r.put("notes", String.join("; ", e.confidence().notes()));
        return r;
    }

    /** "2024-09-17", "2024-09-30/2024-10-06" for a span, "TUESDAY" for a weekday, null when unknown. */
    static String date(ReconciledEvent e) {
        if (e.date().value() != null && (e.date().end() == null || e.date().end().equals(e.date().value()))) return e.date().value().toString();
        if (e.date().start() != null) return e.date().start() + "/" + e.date().end();
        return e.date().weekday() == null ? null : e.date().weekday().toString();
    }
}
