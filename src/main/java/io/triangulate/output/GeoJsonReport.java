package io.triangulate.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.triangulate.reconcile.ReconciledEvent;
import io.triangulate.reconcile.RunResult;

import java.util.Map;

/** A GeoJSON FeatureCollection: a Point per located event (longitude first), its main fields as properties. */
public final class GeoJsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonReport() {}

    public static String write(RunResult run) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (ReconciledEvent e : run.events()) {
            if (e.place().lat() == null || e.place().lon() == null) continue;
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.id());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(e.place().lon()).add(e.place().lat());
            ObjectNode p = f.putObject("properties");
            for (Map.Entry<String, Object> c : EventRow.of(e).entrySet()) p.putPOJO(c.getKey(), c.getValue());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
