package ma.oim.site.media;

/** An image described anew or deleted from the library, published in that transaction. */
public record MediaChanged(long mediaId, String actor, Change change, String fileName) {

	public enum Change {

		DESCRIBED, DELETED

	}

}
