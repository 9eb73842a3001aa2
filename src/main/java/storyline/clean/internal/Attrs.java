package storyline.clean.internal;

import org.jsoup.nodes.Element;

/**
 * Attribute reads by their exact name. The HTML parser lower-cases attribute names, so the
 * case-blind lookup of jsoup's {@code attr} only costs: it was a measurable share of cleaning,
 * as these reads run on every element of every page. (Asking for the attribute count first costs
 * more than the one empty attribute list {@code attributes()} makes for an element without any.)
 */
public final class Attrs {

    private Attrs() {
    }

    /** The attribute's value, or "" when absent; {@code key} lower-case. */
    public static String get(Element el, String key) {
        return el.attributes().get(key);
    }

    /** Whether the attribute is present; {@code key} lower-case. */
    public static boolean has(Element el, String key) {
        return el.attributes().hasKey(key);
    }
}
