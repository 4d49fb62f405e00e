package ma.oim.site.pages;

/** A page's text as an introduction elsewhere, with the link to the page. */
public record PageIntro(String title, String bodyHtml, String path) {

}
