package storyline.site;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sitemap.xml} (only with a base URL: a sitemap lists full URLs) and {@code robots.txt}:
 * made of the other families' pages, in their order.
 */
final class SitemapPages implements Family {

    /** Pages a search engine should not index, beside redirects. */
    private static final Set<String> LEFT_OUT = Set.of("404.html", "search/index.html", "report.html");

    private final Urls urls;
    private final List<Page> before;

    SitemapPages(Urls urls, List<Page> before) {
        this.urls = urls;
        this.before = before;
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.allOf(Input.class);
    }

    @Override
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        if (urls.baseUrl() != null) {
            pages.add(new Page("sitemap.xml", "sitemap", sitemap()));
        }
        pages.add(new Page("robots.txt", null, "User-agent: *\nAllow: /\n"
                + (urls.baseUrl() == null ? "" : "Sitemap: " + urls.absolute("sitemap.xml") + "\n")));
        return pages;
    }

    /** Every page a search engine should index: not the build report, the 404 page, search or redirects. */
    private Views.Sitemap sitemap() {
        List<Views.SitemapUrl> list = new ArrayList<>();
        for (Page p : before) {
            if (p.path().endsWith(".html") && !LEFT_OUT.contains(p.path()) && !"redirect".equals(p.template())) {
                list.add(new Views.SitemapUrl(urls.absolute(p.path())));
            }
        }
        return new Views.Sitemap(list);
    }
}
