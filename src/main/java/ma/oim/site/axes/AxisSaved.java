package ma.oim.site.axes;

/** A thematic axis renamed or described again, published inside the transaction that saved it. */
public record AxisSaved(long axisId, String actor, String name) {

}
