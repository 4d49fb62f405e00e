package ma.oim.site.news;

/** A year of the news archive and how many public articles it holds. */
public record YearCount(int year, long count) {

}
