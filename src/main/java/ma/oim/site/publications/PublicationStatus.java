package ma.oim.site.publications;

/** As an article's: "scheduled" is PUBLISHED with a time still to come. */
enum PublicationStatus {

	DRAFT, PUBLISHED, WITHDRAWN

}
