package io.triangulate.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * An event mention as the rules see it. {@code block} is the candidate set it was compared in;
 * {@code placeRank} runs from 0 (country) to 5 (site), and is -1 for a mention that names no place (kept only
 * inside an analyst's group, where it may join the group's main event); {@code day} is null when only a weekday
 * is known; {@code actor} is who the mention says did it, or null; {@code aftermathDate}: the day is only that of
 * what came after (a hearing, an arrest).
 */
public record Mention(String id, String block, String report, String place, String placeId, String cityId,
                      String admin1, String admin2, String country, int placeRank, LocalDate day, DayOfWeek weekday, String actor,
                      Double lat, Double lon, boolean aftermathDate) {

    public Mention(String id, String block, String report, String place, String placeId, String cityId, String admin1, String admin2,
                   String country, int placeRank, LocalDate day, DayOfWeek weekday, String actor, Double lat, Double lon) {
        this(id, block, report, place, placeId, cityId, admin1, admin2, country, placeRank, day, weekday, actor, lat, lon, false);
    }

    /** A mention whose division and coordinates are not known. */
    public Mention(String id, String block, String report, String place, String placeId, String cityId, String admin1, String country,
                   int placeRank, LocalDate day, DayOfWeek weekday, String actor) {
        this(id, block, report, place, placeId, cityId, admin1, null, country, placeRank, day, weekday, actor, null, null, false);
    }

    /** A country- or region-level mention, or one that names no place. */
    public boolean coarse() {
        return placeRank <= 1;
    }

    /** The mention names a place. */
    public boolean placed() {
        return placeId != null;
    }

    public boolean dated() {
        return day != null || weekday != null;
    }

    /** One place contains the other, or both lie in the same city; a mention that names no place contradicts none. */
    public boolean placeCompatible(Mention o) {
        if (!placed() || !o.placed()) return true;
        if (placeId.equals(o.placeId)) return true;
        if (!country.equals(o.country)) return false;
        if (cityId != null && cityId.equals(o.cityId)) return true;
        return encloses(this, o) || encloses(o, this);
    }

    private static boolean encloses(Mention outer, Mention inner) {
        return switch (outer.placeRank) {
            case 0 -> true;
            case 1 -> outer.admin1 != null && outer.admin1.equals(inner.admin1) && inner.placeRank > 1;
            case 2 -> outer.admin2 != null && outer.admin2.equals(inner.admin2) && inner.placeRank > 2;
            case 3 -> outer.placeId.equals(inner.cityId);
            default -> false;
        };
    }

    /** One place is the other or encloses it (Bamako and Faladié); siblings in one city (Faladié, Sénou) do not nest. */
    public boolean nests(Mention o) {
        if (!placed() || !o.placed()) return false;
        return placeId.equals(o.placeId) || country.equals(o.country) && (encloses(this, o) || encloses(o, this));
    }

    /** Both dated to the same day. */
    public boolean sameDay(Mention o) {
        return day != null && day.equals(o.day);
    }

    /**
     * Dates agree within the policy's tolerance: days apart for two dated mentions, the same weekday when
     * either knows only its weekday, and an undated mention agrees with any date.
     */
    public boolean datesCompatible(Mention o, MatchPolicy policy) {
        if (!dated() || !o.dated()) return true;
        if (day != null && o.day != null) return Math.abs(day.toEpochDay() - o.day.toEpochDay()) <= policy.dayTolerance();
        DayOfWeek mine = weekday != null ? weekday : day.getDayOfWeek();
        DayOfWeek theirs = o.weekday != null ? o.weekday : o.day.getDayOfWeek();
        int apart = Math.abs(mine.getValue() - theirs.getValue());
        apart = Math.min(apart, 7 - apart);
        return apart <= policy.weekdayTolerance();
    }

    public boolean actorCompatible(Mention o) {
        return actor == null || o.actor == null || actor.equals(o.actor);
    }

    /** Nothing in the two contradicts: places compatible, dates within the tolerance, actors the same where both say. */
    public boolean agreesWith(Mention o, MatchPolicy policy) {
        return placeCompatible(o) && datesCompatible(o, policy) && actorCompatible(o);
    }

    /**
     * Near enough, inside an analyst's group, to be the same event told with a small difference: the actors agree,
     * the days are at most the group's tolerance apart (or either is undated), and the places are compatible or at
     * most the group's distance apart.
     */
    public boolean nearby(Mention o, MatchPolicy policy) {
        if (!actorCompatible(o)) return false;
        // A date that is only the aftermath's (a trial, an arrest) is no evidence against the group's day.
        // Nor is a bare weekday, which a report without a publication date gives, against a day of the group's.
        boolean weekdayOnly = day == null && weekday != null || o.day == null && o.weekday != null;
        boolean when = datesCompatible(o, policy) || aftermathDate || o.aftermathDate || weekdayOnly && policy.groupDays() > policy.dayTolerance()
                || day != null && o.day != null && Math.abs(day.toEpochDay() - o.day.toEpochDay()) <= policy.groupDays();
        // A village the gazetteer lacks has no coordinates: in its own first-level division, it is as near as the group allows.
        boolean unlocated = (lat == null || o.lat == null) && placeRank >= 3 && o.placeRank >= 3 && admin1 != null && admin1.equals(o.admin1);
        boolean where = placeCompatible(o) || policy.groupKm() > 0 && (kilometres(o) <= policy.groupKm() || unlocated);
        return when && where;
    }

    /** Great-circle distance between the two places, or infinity when either has no coordinates. */
    public double kilometres(Mention o) {
        if (lat == null || lon == null || o.lat == null || o.lon == null) return Double.POSITIVE_INFINITY;
        double p1 = Math.toRadians(lat), p2 = Math.toRadians(o.lat);
        double dp = p2 - p1, dl = Math.toRadians(o.lon - lon);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** "Boulkessi, Sunday". */
    /** This mention and another in words that tell them apart: "Gao (ML.03), 2024-03-01" and "Gao (NE.08), …" for namesakes. */
    public String[] sidesAgainst(Mention o) {
        String a = describe();
        String b = o.describe();
        if (a.equals(b)) {
            a = place + " (" + where() + "), " + a.substring(place.length() + 2);
            b = o.place + " (" + o.where() + "), " + b.substring(o.place.length() + 2);
        }
        return new String[] {a, b};
    }

    private String where() {
        return admin1 != null ? admin1 : country != null ? country : placeId == null ? "no place" : placeId;
    }

    public String describe() {
        String when = day != null ? day.toString() : weekday != null
                ? weekday.toString().charAt(0) + weekday.toString().substring(1).toLowerCase(java.util.Locale.ROOT) : "undated";
        return place + ", " + when;
    }
}
