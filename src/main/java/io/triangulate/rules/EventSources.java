package io.triangulate.rules;

import java.util.List;

/**
 * Who an event rests on once derivative reports are set aside: its reports, the independent ones, and the
 * independent original speakers (the perpetrator side and the official side count once each).
 */
public record EventSources(String event, List<String> reports, int independentReports, List<String> speakers, String place,
                           String date) {
    public int independentSpeakers() {
        return speakers.size();
    }
}
