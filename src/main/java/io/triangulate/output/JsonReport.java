package io.triangulate.output;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triangulate.events.Unassigned;
import io.triangulate.extract.CasualtyClaim;
import io.triangulate.extract.Claim;
import io.triangulate.extract.Place;
import io.triangulate.ingest.Ingested;
import io.triangulate.ingest.Rejected;
import io.triangulate.ingest.Report;
import io.triangulate.reconcile.EventDateRange;
import io.triangulate.reconcile.Figure;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;
import io.triangulate.reconcile.EventFlag;

import java.util.Collection;
import java.util.List;

/**
 * The JSON output contract of DESIGN.md. Every key is always written (null where unknown), in a fixed
 * order; lists arrive sorted. Bump {@link #SCHEMA_VERSION} before renaming anything.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {}

    public static String write(RunResult run) {
        return Streamed.text(run, JsonReport::write);
    }

    /**
     * Streams the output to {@code out}: the events one by one, so that a run's output is never held whole as text
     * or as a tree (the same bytes as the tree written at once; {@code OutputStreamingTest} checks).
     */
    public static void write(RunResult run, java.io.Writer out) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            fields(g, head(run));
            g.writeArrayFieldStart("events");
            for (ReconciledEvent e : run.events()) MAPPER.writeTree(g, event(e));
            g.writeEndArray();
            fields(g, tail(run));
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /** Two-space indents, a line per value: the layout of the output contract. */
    static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** The object's fields, written into the object the generator is in. */
    private static void fields(com.fasterxml.jackson.core.JsonGenerator g, ObjectNode node) throws java.io.IOException {
        for (var field : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) node::fields) {
            g.writeFieldName(field.getKey());
            MAPPER.writeTree(g, field.getValue());
        }
    }

    /** The whole output as one tree (for comparing runs; the writer streams instead). */
    public static ObjectNode tree(RunResult run) {
        ObjectNode root = head(run);
        ArrayNode events = root.putArray("events");
        for (ReconciledEvent e : run.events()) events.add(event(e));
        root.setAll(tail(run));
        return root;
    }

    /** What comes before the events: schema, rules, summary, the reports read. */
    private static ObjectNode head(RunResult run) {
        Ingested in = run.ingested();
        ObjectNode root = F.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("rulesHash", run.rulesHash());
        ObjectNode summary = root.putObject("summary");
        summary.put("files", in.files());
        summary.put("reports", in.reports().size());
        summary.put("skipped", in.skipped());
        summary.put("events", run.events().size());
        summary.put("unassigned", run.unassigned().size());
        summary.put("rejected", in.rejected().size());
        ArrayNode reports = root.putArray("reports");
        for (Report r : in.reports()) {
            ObjectNode o = reports.addObject();
            o.put("id", r.id());
            o.put("source", r.source());
            o.put("url", r.url());
            o.put("published", r.published());
            o.put("rating", r.rating());
            o.put("title", r.title());
            o.put("language", r.language());
            o.put("languageFrom", r.languageFrom());
            // Only where there is something to say, so that a clean report reads as before.
            List<io.triangulate.extract.ReadingWarning> said = run.warnings().getOrDefault(r.id(), List.of());
            if (!said.isEmpty()) {
                ArrayNode ws = o.putArray("warnings");
                for (io.triangulate.extract.ReadingWarning w : said) {
                    ObjectNode wo = ws.addObject();
                    wo.put("text", w.text());
                    wo.put("start", w.start());
                    wo.put("end", w.end());
                    wo.put("warning", w.warning());
                }
            }
        }
        return root;
    }

    /** What comes after the events: unassigned, rejected, overrides not applied, rule errors. */
    private static ObjectNode tail(RunResult run) {
        Ingested in = run.ingested();
        ObjectNode root = F.objectNode();
        ArrayNode unassigned = root.putArray("unassigned");
        for (Unassigned u : run.unassigned()) {
            ObjectNode o = unassigned.addObject();
            o.put("report", u.report());
            o.put("mention", u.mention());
            o.put("reason", u.reason());
        }
        ArrayNode rejected = root.putArray("rejected");
        for (Rejected r : in.rejected()) {
            ObjectNode o = rejected.addObject();
            o.put("input", r.input());
            o.put("line", r.line());
            o.put("error", r.error());
        }
        strings(root.putArray("overridesNotApplied"), run.overridesNotApplied());
        strings(root.putArray("ruleErrors"), run.ruleErrors());
        return root;
    }

    static ObjectNode event(ReconciledEvent e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        strings(o.putArray("reports"), e.reports());
        ObjectNode sources = o.putObject("sources");
        sources.put("reports", e.reports().size());
        sources.put("independent", e.independentSources());
        strings(sources.putArray("speakers"), e.speakers());
        place(o.putObject("place"), e.place());
        date(o.putObject("date"), e.date());
        ObjectNode perp = o.putObject("perpetrator");
        perp.put("name", e.perpetrator().name());
        perp.put("status", e.perpetrator().status());
        strings(perp.putArray("claimants"), e.perpetrator().claimants());
        ObjectNode perpBasis = perp.putObject("basis");
        perpBasis.put("rule", e.perpetrator().rule());
        strings(perpBasis.putArray("claims"), e.perpetrator().claims());
        strings(o.putArray("targets"), e.targets());
        ObjectNode cas = o.putObject("casualties");
        figure(cas.putObject("killed"), e.casualties().killed());
        figure(cas.putObject("injured"), e.casualties().injured());
        figure(cas.putObject("killedOrInjured"), e.casualties().killedOrInjured());
        ArrayNode byVictims = cas.putArray("byVictims");
        for (var v : e.casualties().byVictims()) {
            ObjectNode vo = byVictims.addObject();
            vo.put("kind", v.kind());
            vo.put("victims", v.victims());
            figure(vo, v.figure());
        }
        ArrayNode flags = o.putArray("flags");
        for (EventFlag f : e.flags()) {
            ObjectNode fo = flags.addObject();
            fo.put("code", f.code().code());
            fo.put("field", f.field());
            fo.put("severity", f.severity().code());
            strings(fo.putArray("reports"), f.reports());
            strings(fo.putArray("claims"), f.claims());
            fo.put("rule", f.rule());
            fo.put("note", f.note());
        }
        ObjectNode conf = o.putObject("confidence");
        conf.put("level", e.confidence().level());
        strings(conf.putArray("notes"), e.confidence().notes());
        strings(conf.putArray("rules"), e.confidence().rules());
        strings(o.putArray("overrides"), e.overrides());
        ArrayNode claims = o.putArray("claims");
        for (Claim c : e.claims()) claims.add(claim(c));
        return o;
    }

    static ObjectNode claim(Claim c) {
        ObjectNode o = F.objectNode();
        o.put("id", c.id());
        o.put("report", c.source().report());
        o.put("kind", c.kind());
        if (c instanceof CasualtyClaim cc) {
            o.put("low", cc.low());
            o.put("high", cc.high());
            o.putNull("value");
            o.put("victims", cc.victims());
            o.put("qualifier", cc.qualifier());
        } else {
            o.putNull("low");
            o.putNull("high");
            o.put("value", c.value());
            o.putNull("victims");
            o.putNull("qualifier");
        }
        o.put("timeOfDay", c instanceof io.triangulate.extract.DateClaim d ? d.timeOfDay() : null);
        o.put("text", c.source().text());
        o.put("words", c.source().words());
        o.put("start", c.source().start());
        o.put("end", c.source().end());
        o.put("attributedTo", c.source().attributedTo());
        o.put("sourceKind", c.source().sourceKind());
        o.put("hedged", c.source().hedged());
        return o;
    }

    private static void place(ObjectNode o, Place p) {
        o.put("name", p == null ? null : p.name());
        o.put("admin1", p == null ? null : p.admin1());
        o.put("country", p == null ? null : p.country());
        o.put("countryCode", p == null ? null : p.countryCode());
        o.put("lat", p == null ? null : p.lat());
        o.put("lon", p == null ? null : p.lon());
        o.put("precision", p == null ? "unknown" : p.precision());
    }

    private static void date(ObjectNode o, EventDateRange d) {
        o.put("value", d.value() == null ? null : d.value().toString());
        o.put("start", d.start() == null ? null : d.start().toString());
        o.put("end", d.end() == null ? null : d.end().toString());
        o.put("weekday", d.weekday() == null ? null : d.weekday().toString());
        o.put("precision", d.precision());
    }

    private static void figure(ObjectNode o, Figure f) {
        o.put("low", f.low());
        o.put("best", f.best());
        o.put("high", f.high());
        // When the high is open ("at least 16"), the largest figure given: the high reads "16+".
        o.put("highAtLeast", f.highAtLeast());
        ObjectNode basis = o.putObject("basis");
        basis.put("rule", f.rule());
        strings(basis.putArray("claims"), f.claims());
    }

    private static void strings(ArrayNode a, Collection<String> values) {
        values.forEach(a::add);
    }
}
