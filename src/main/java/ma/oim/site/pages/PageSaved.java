package ma.oim.site.pages;

/** An organisation page rewritten, published inside the transaction that saved it. */
public record PageSaved(long pageId, String actor, String title) {

}
