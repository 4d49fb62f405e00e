package ma.oim.site.publications;

/** A file was stored: its text is extracted once the transaction that stored it commits. */
record DocumentStored(long fileId) {

}
