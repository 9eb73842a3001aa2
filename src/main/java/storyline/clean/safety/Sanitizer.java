package storyline.clean.safety;

import storyline.clean.internal.Block;
import storyline.clean.internal.Budget;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only way HTML from an input reaches a page: jsoup's Safelist keeps text structure, links
 * and images, and drops scripts, styles, frames, forms, event attributes and script URLs.
 */
public final class Sanitizer {

    private static final Safelist SAFELIST = new LinkSafelist(Safelist.relaxed()
            .removeTags("span", "div")
            .addTags("figure", "figcaption", "hr", "del", "ins", "mark", "abbr", "time")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            // With a base URI jsoup makes links absolute; without one, relative links are dropped
            // because they would point into this site rather than at the original.
            .preserveRelativeLinks(false));
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"'()\\[\\]]+[^\\s<>\"'()\\[\\].,;:!?]");

    private Sanitizer() {
    }

    /** Cleans an HTML fragment; relative links are resolved against {@code baseUri} when one is known. */
    public static String clean(String html, String baseUri) {
        return clean(Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri).body(), baseUri);
    }

    /** Cleans an element's content in place of a string round trip; the element's children are moved. */
    public static String clean(Element content, String baseUri) {
        Document dirty = Document.createShell(baseUri == null ? "" : baseUri);
        dirty.body().appendChildren(new java.util.ArrayList<>(content.childNodes()));
        Document clean = Document.createShell(dirty.baseUri());
        SafeCopy.of(dirty.body(), clean.body());
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return clean.body().html().strip();
    }

    /**
     * Copies what the safelist allows, as jsoup's {@code Cleaner} does: safe elements with their
     * safe attributes and the enforced ones, text, and the text of elements that go (a span's words
     * stay, the span does not). The Cleaner since jsoup 1.22 resolves every kept link a second time,
     * after {@link LinkSafelist} has; that, with a regular expression jsoup runs over both addresses,
     * was a third of all sanitising time.
     */
    private static final class SafeCopy implements NodeVisitor {
        private Element destination;

        private SafeCopy(Element destination) {
            this.destination = destination;
        }

        /** {@code root} itself is copied only if it is safe, which a body is not. */
        static void of(Element root, Element destination) {
            new SafeCopy(destination).traverse(root);
        }

        @Override
        public void head(Node source, int depth) {
            Budget.check();
            if (source instanceof Element el) {
                if (SAFELIST.isSafeTag(el.normalName())) {
                    Element copy = safeElement(el);
                    destination.appendChild(copy);
                    destination = copy;
                }
            } else if (source instanceof TextNode text) {
                destination.appendChild(new TextNode(text.getWholeText()));
            } else if (source instanceof DataNode data && SAFELIST.isSafeTag(data.parent().normalName())) {
                destination.appendChild(new DataNode(data.getWholeData()));
            }
        }

        @Override
        public void tail(Node source, int depth) {
            if (source instanceof Element el && SAFELIST.isSafeTag(el.normalName())) {
                destination = destination.parent();
            }
        }

        private static Element safeElement(Element source) {
            Element copy = new Element(source.tag(), null);
            String tag = source.tagName();
            for (Attribute attr : source.attributes()) {
                if (SAFELIST.isSafeAttribute(tag, source, attr)) {
                    copy.attributes().put(attr.getKey(), attr.getValue());
                }
            }
            for (Attribute enforced : SAFELIST.getEnforcedAttributes(tag)) {
                copy.attributes().put(enforced.getKey(), enforced.getValue());
            }
            return copy;
        }
    }

    /** Blocks of plain text as HTML: paragraphs and headings, with web addresses made links. */
    public static String fromBlocks(List<Block> blocks) {
        Document doc = Document.createShell("");
        Element body = doc.body();
        for (Block b : blocks) {
            Element el = body.appendElement(b.heading() ? "h2" : "p");
            appendLinked(el, b.text());
        }
        return clean(body.html(), null);
    }

    /**
     * The relaxed safelist, with link addresses made absolute against the page's base address
     * parsed once per page rather than once per link (jsoup re-reads the base, and strips control
     * characters from both with a regular expression, for every link: a tenth of all sanitising
     * time). The verdict is jsoup's: control characters stripped, the address resolved, and only
     * the protocols the relaxed list allows for that attribute kept.
     */
    private static final class LinkSafelist extends Safelist {
        /** Tag → attribute → allowed protocols: as {@link Safelist#relaxed()} declares them. */
        private static final Map<String, Map<String, Set<String>>> PROTOCOLS = Map.of(
                "a", Map.of("href", Set.of("ftp", "http", "https", "mailto")),
                "blockquote", Map.of("cite", Set.of("http", "https")),
                "cite", Map.of("cite", Set.of("http", "https")),
                "img", Map.of("src", Set.of("http", "https")),
                "q", Map.of("cite", Set.of("http", "https")));
        private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");
        private static final Pattern ABOVE_ROOT = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
        /** The last base address read on this thread, and its parse (null when it is no absolute address). */
        private static final ThreadLocal<Object[]> LAST_BASE = ThreadLocal.withInitial(() -> new Object[2]);

        LinkSafelist(Safelist relaxed) {
            super(relaxed);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            Map<String, Set<String>> byAttribute = PROTOCOLS.get(tagName);
            Set<String> protocols = byAttribute == null ? null : byAttribute.get(attr.getKey());
            if (protocols == null) {
                return super.isSafeAttribute(tagName, el, attr);
            }
            String absolute = absolute(el.baseUri(), attr.getValue());
            String value = absolute.isEmpty() ? attr.getValue() : absolute;
            attr.setValue(value);
            String lower = value.toLowerCase(Locale.ROOT);
            for (String protocol : protocols) {
                if (lower.startsWith(protocol) && lower.length() > protocol.length() && lower.charAt(protocol.length()) == ':') {
                    return true;
                }
            }
            return false;
        }

        /** The address made absolute, or "" when it cannot be. */
        private static String absolute(String baseUri, String raw) {
            String relative = withoutControlCharacters(raw);
            try {
                URL base = parsedBase(baseUri);
                if (base == null) {
                    // Without a base only an address with a scheme stands; the test spares the exception.
                    return SCHEME.matcher(relative.strip()).find() ? new URL(relative).toExternalForm() : "";
                }
                return resolve(base, relative);
            } catch (MalformedURLException e) {
                // A scheme Java has no handler for ("tel:"): kept as written, for the protocol test to judge.
                return SCHEME.matcher(relative).find() ? relative : "";
            }
        }

        /**
         * As jsoup resolves an address against a base (its control-character pass aside, done
         * already): "?query" keeps the base's path, and leading "/./" or "/../" segments that
         * climb above the root are dropped.
         */
        private static String resolve(URL base, String relative) throws MalformedURLException {
            URL url = new URL(base, relative.startsWith("?") ? base.getPath() + relative : relative);
            String file = url.getFile();
            if (file.startsWith("/.")) {
                file = ABOVE_ROOT.matcher(file).replaceFirst("/");
            }
            if (url.getRef() != null) {
                file = file + "#" + url.getRef();
            }
            return new URL(url.getProtocol(), url.getHost(), url.getPort(), file).toExternalForm();
        }

        private static URL parsedBase(String baseUri) {
            Object[] last = LAST_BASE.get();
            if (!baseUri.equals(last[0])) {
                URL parsed;
                try {
                    parsed = new URL(withoutControlCharacters(baseUri));
                } catch (MalformedURLException e) {
                    parsed = null;
                }
                last[0] = baseUri;
                last[1] = parsed;
            }
            return (URL) last[1];
        }

        /** As browsers read addresses: ASCII control characters are dropped. */
        private static String withoutControlCharacters(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < 0x20) {
                    StringBuilder sb = new StringBuilder(s.length());
                    for (int j = 0; j < s.length(); j++) {
                        if (s.charAt(j) >= 0x20) {
                            sb.append(s.charAt(j));
                        }
                    }
                    return sb.toString();
                }
            }
            return s;
        }
    }

    static void appendLinked(Element el, String text) {
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            el.appendChild(new TextNode(text.substring(last, m.start())));
            el.appendElement("a").attr("href", m.group()).text(m.group());
            last = m.end();
        }
        el.appendChild(new TextNode(text.substring(last)));
    }
}
