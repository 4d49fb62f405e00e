package ma.oim.site.partners;

/** A partner created or changed, published inside the transaction that saved it. */
public record PartnerSaved(long partnerId, String actor, String name) {

}
