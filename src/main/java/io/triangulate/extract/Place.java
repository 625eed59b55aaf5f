package io.triangulate.extract;

/**
 * A resolved place. {@code cityId} is the city it lies in (itself for a city), so that two
 * neighbourhoods of Bamako are known to be in one city; {@code admin1Code} is "ML.01"-style and
 * {@code admin2Code} "US.SC.015"-style (a county, a cercle), or null where unknown.
 * precision: site, neighbourhood, city, admin2, admin1, country.
 */
public record Place(String id, String name, String admin1, String admin1Code, String country, String countryCode,
                    Double lat, Double lon, String precision, String cityId, String admin2Code) {

    /** A place whose second-level division is not known. */
    public Place(String id, String name, String admin1, String admin1Code, String country, String countryCode,
                 Double lat, Double lon, String precision, String cityId) {
        this(id, name, admin1, admin1Code, country, countryCode, lat, lon, precision, cityId, null);
    }

    /** Finer places rank higher: country 0 … site 5. */
    public int rank() {
        return switch (precision) {
            case "country" -> 0;
            case "admin1" -> 1;
            case "admin2" -> 2;
            case "city" -> 3;
            case "neighbourhood" -> 4;
            case "site" -> 5;
            default -> -1;
        };
    }

    /** This place is or encloses {@code other}. */
    public boolean contains(Place other) {
        if (id.equals(other.id)) return true;
        if (!countryCode.equals(other.countryCode)) return false;
        return switch (precision) {
            case "country" -> true;
            case "admin1" -> admin1Code != null && admin1Code.equals(other.admin1Code) && other.rank() > rank();
            case "admin2" -> admin2Code != null && admin2Code.equals(other.admin2Code) && other.rank() > rank();
            case "city" -> id.equals(other.cityId);
            default -> false;
        };
    }

    /** One contains the other, or both lie in the same city. */
    public boolean compatible(Place other) {
        return contains(other) || other.contains(this) || (cityId != null && cityId.equals(other.cityId));
    }
}
