package ma.oim.site.media;

/** An image stored, published inside the transaction that stored it. */
public record MediaUploaded(long mediaId, String actor, String dimensions) {

}
