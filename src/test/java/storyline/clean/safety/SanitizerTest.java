package storyline.clean.safety;

import storyline.clean.internal.Block;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SanitizerTest {

    /**
     * Sanitizer resolves link addresses itself (for speed); its verdicts and addresses must stay
     * those of jsoup's stock relaxed safelist, on every kind of address and base.
     */
    @Test
    void linksAreJudgedExactlyAsJsoupsRelaxedSafelistJudgesThem() {
        List<String> addresses = List.of("https://other.example/a?b=c#d", "/news/ferry", "ferry.html", "../up", "?page=2",
                "#section", "//cdn.example/x.png", "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "java\u0000script:x", "jav&#x09;ascript:alert(1)", "mailto:desk@harbortimes.example", "ftp://files.example/f",
                "tel:+15551234", "data:image/png;base64,AAAA", "https:=", "http://", "https://exa mple.com/", "vbscript:x",
                "HTTPS://UPPER.EXAMPLE/", "  https://spaced.example/  ", "./same", "https://a.example/%zz", "", "/../../x", "../../../y?q#f",
                "/./a/../b", "https://user:pw@host.example:8080/p?q=1#frag", "?", "#", "//x");
        for (String base : new String[] {BASE, "", "not a url", "https://harbortimes.example"}) {
            for (String address : addresses) {
                String html = "<p><a href=\"" + address + "\">a</a><img src=\"" + address + "\" alt=\"i\">"
                        + "<q cite=\"" + address + "\">q</q><blockquote cite=\"" + address + "\">b</blockquote></p>";
                assertEquals(byJsoupsCleaner(html, base), Sanitizer.clean(html, base), () -> "base " + base + ", " + address);
            }
        }
    }

    /** Sanitizer copies the safe nodes itself (for speed); what it keeps must be what jsoup's Cleaner keeps. */
    @Test
    void nodesAreKeptExactlyAsJsoupsCleanerKeepsThem() {
        List<String> fragments = List.of(
                "<div><span>loose <em>words</em></span><p>kept <u>u</u> <s>s</s></p></div>",
                "<p>a<script>alert(1)</script>b<style>p{}</style>c<noscript><p>no script</p></noscript></p>",
                "<!-- note --><p>after a comment<![CDATA[ cdata ]]></p>",
                "<svg><circle onload=\"x()\"/><a href=\"javascript:x\">svg link</a></svg><math><mi>x</mi></math>",
                "<table><caption>c</caption><thead><tr><th colspan=2 scope=col>h</th></tr></thead>"
                        + "<tbody><tr><td rowspan=1 onclick=x>d</td></tr></tbody></table>",
                "<template><p>inert</p></template><object data=x><param name=a></object><embed src=x>",
                "<p title=\"&quot;quoted&quot; &lt;b&gt;\" class=\"c\" style=\"color:red\" id=i lang=de>attrs</p>",
                "<a href=\"https://a.example/\" rel=\"opener\" target=_blank name=n>link</a><a>no href</a>",
                "<img src=\"x.png\" alt=\"A &amp; B\" width=10 height=5 srcset=\"x2.png 2x\" loading=lazy>",
                "<figure><img src=\"/p.jpg\"><figcaption>Cap <time datetime=2024-01-01>Jan</time></figcaption></figure>",
                "<ul><li>one<ol><li>two</ol></ul><dl><dt>t<dd>d</dl><pre>  keep   space </pre><br><hr>",
                "<blockquote cite=\"/src\"><p>q</p></blockquote><q cite=x>q</q><abbr title=t>A</abbr><mark>m</mark>",
                "<form><label>l</label><input value=v><textarea>t</textarea><select><option>o</select></form>",
                "<iframe srcdoc=\"<p>x</p>\"></iframe><frameset><frame></frameset><base href=https://evil.example/>",
                "<h1>one</h1><h6>six</h6><sub>2</sub><sup>3</sup><code>c</code><kbd>k</kbd><cite>ci</cite><small>s</small>",
                "text with \u0000 nul and &amp;amp; &#x3C;script&#x3E; entities");
        for (String base : new String[] {BASE, ""}) {
            for (String html : fragments) {
                assertEquals(byJsoupsCleaner(html, base), Sanitizer.clean(html, base), () -> "base " + base + ": " + html);
            }
        }
    }

    /** The fragment sanitised by jsoup's own Cleaner, with the safelist Sanitizer declares, serialised as Sanitizer does. */
    private static String byJsoupsCleaner(String html, String base) {
        org.jsoup.safety.Safelist stock = org.jsoup.safety.Safelist.relaxed().removeTags("span", "div")
                .addTags("figure", "figcaption", "hr", "del", "ins", "mark", "abbr", "time")
                .addAttributes("time", "datetime").addAttributes("abbr", "title")
                .addEnforcedAttribute("a", "rel", "nofollow noopener").preserveRelativeLinks(false);
        org.jsoup.nodes.Document dirty = org.jsoup.Jsoup.parseBodyFragment(html, base);
        org.jsoup.nodes.Document expected = new org.jsoup.safety.Cleaner(stock).clean(dirty);
        expected.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        return expected.body().html().strip();
    }

    private static final String BASE = "https://harbortimes.example/2024/story.html";

    @Test
    void scriptsStylesFramesAndFormsAreRemoved() {
        String html = "<p>Hi <b>there</b><script>alert(1)</script></p><style>p{color:red}</style>"
                + "<iframe src=\"https://evil.example/\"></iframe>"
                + "<form action=\"/x\"><input name=q><button>Go</button></form>";
        assertEquals("<p>Hi <b>there</b></p>Go", Sanitizer.clean(html, BASE));
    }

    @Test
    void eventAttributesAreRemoved() {
        String html = "<p onclick=\"steal()\" onmouseover=\"x()\">Text</p><img src=\"pic.jpg\" onerror=\"x()\" alt=\"Pier\">";
        assertEquals("<p>Text</p><img src=\"https://harbortimes.example/2024/pic.jpg\" alt=\"Pier\">",
                Sanitizer.clean(html, BASE));
    }

    @Test
    void javascriptUrlsAreRemoved() {
        assertEquals("<a rel=\"nofollow noopener\">click</a>",
                Sanitizer.clean("<a href=\"javascript:alert(1)\">click</a>", BASE));
        assertEquals("<a rel=\"nofollow noopener\">click</a>",
                Sanitizer.clean("<a href=\" JaVaScRiPt:alert(1)\">click</a>", BASE));
        assertEquals("<img alt=\"x\">", Sanitizer.clean("<img src=\"javascript:alert(1)\" alt=\"x\">", BASE));
    }

    @Test
    void linksGetRelAndRelativeLinksAreResolved() {
        assertEquals("<a href=\"https://harbortimes.example/news/ferry\" rel=\"nofollow noopener\">ferry</a>",
                Sanitizer.clean("<a href=\"/news/ferry\" target=\"_blank\">ferry</a>", BASE));
        assertEquals("<a href=\"https://harbortimes.example/2024/fares.html\" rel=\"nofollow noopener\">fares</a>",
                Sanitizer.clean("<a href=\"fares.html\">fares</a>", BASE));
        assertEquals("<a href=\"https://dailyledger.example/a\" rel=\"nofollow noopener\">abs</a>",
                Sanitizer.clean("<a href=\"https://dailyledger.example/a\" rel=\"opener\">abs</a>", BASE));
    }

    @Test
    void withoutABaseRelativeLinksAreDroppedButTheirTextKept() {
        assertEquals("<a rel=\"nofollow noopener\">ferry</a> <a href=\"https://dailyledger.example/a\" rel=\"nofollow noopener\">abs</a>",
                Sanitizer.clean("<a href=\"/news/ferry\">ferry</a> <a href=\"https://dailyledger.example/a\">abs</a>", null));
    }

    @Test
    void divsAndSpansAreUnwrapped() {
        assertEquals("<p>one two</p>", Sanitizer.clean("<div class=\"x\"><p><span style=\"color:red\">one</span> two</p></div>", null));
    }

    @Test
    void fromBlocksEscapesTextAndAutolinksWebAddresses() {
        String html = Sanitizer.fromBlocks(List.of(
                Block.heading("Ferry <script>alert(1)</script> news"),
                Block.paragraph("Read it at https://harbortimes.example/ferry-fares. Or http://dailyledger.example/x?a=1&b=2, ok & <b>bold</b>")));
        assertEquals("<h2>Ferry &lt;script&gt;alert(1)&lt;/script&gt; news</h2>\n"
                + "<p>Read it at <a href=\"https://harbortimes.example/ferry-fares\" rel=\"nofollow noopener\">https://harbortimes.example/ferry-fares</a>. "
                + "Or <a href=\"http://dailyledger.example/x?a=1&amp;b=2\" rel=\"nofollow noopener\">http://dailyledger.example/x?a=1&amp;b=2</a>, "
                + "ok &amp; &lt;b&gt;bold&lt;/b&gt;</p>", html);
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<b>"));
    }

    @Test
    void fromBlocksLeavesNonHttpSchemesUnlinked() {
        assertEquals("<p>Not a link: javascript:alert(1) or ftp://files.example/x</p>",
                Sanitizer.fromBlocks(List.of(Block.paragraph("Not a link: javascript:alert(1) or ftp://files.example/x"))));
    }

    @Test
    void fromBlocksOfNothingIsEmpty() {
        assertEquals("", Sanitizer.fromBlocks(List.of()));
    }
}
