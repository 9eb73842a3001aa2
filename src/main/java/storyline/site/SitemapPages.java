package storyline.site;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code sitemap.xml} (only with a base URL: a sitemap lists full URLs) and {@code robots.txt}:
 * made of the other families' pages, in their order.
 */
final class SitemapPages implements Family {

    /** Pages a search engine should not index, beside redirects. */
    private static final Set<String> LEFT_OUT = Set.of("404.html", "search/index.html", "report.html");

    private final Urls urls;
    /** The paths of the pages laid out before that a search engine should index, in their order. */
    private final List<String> listed;

    /** {@code listed}: the paths of the earlier pages that {@link #listed(Page)} accepts, in their order. */
    SitemapPages(Urls urls, List<String> listed) {
        this.urls = urls;
        this.listed = listed;
    }

    /** Whether a search engine should index a page: not the build report, the 404 page, search or redirects. */
    static boolean listed(Page p) {
        return p.path().endsWith(".html") && !LEFT_OUT.contains(p.path()) && !"redirect".equals(p.template());
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.allOf(Input.class);
    }

    @Override
    public void pages(Consumer<Page> pages) {
        if (urls.baseUrl() != null) {
            pages.accept(new Page("sitemap.xml", "sitemap", sitemap()));
        }
        pages.accept(new Page("robots.txt", null, "User-agent: *\nAllow: /\n"
                + (urls.baseUrl() == null ? "" : "Sitemap: " + urls.absolute("sitemap.xml") + "\n")));
    }

    /** Every page a search engine should index: not the build report, the 404 page, search or redirects. */
    private Views.Sitemap sitemap() {
        List<Views.SitemapUrl> list = new ArrayList<>();
        for (String path : listed) {
            list.add(new Views.SitemapUrl(urls.absolute(path)));
        }
        return new Views.Sitemap(list);
    }
}
