package ma.oim.site.security;

/** An administrator changed a setting of the site (published inside the transaction that stored it). */
public record SettingChanged(String actor, String name, String value) {

}
