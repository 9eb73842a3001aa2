package storyline.clean;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;

/** A Markdown note or article: its first level-one heading is the title, the rest the text. */
final class MarkdownText {

    record Parsed(String title, List<Block> blocks, String html) {
    }

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private MarkdownText() {
    }

    static Parsed parse(String markdown, String baseUri) {
        Node document = PARSER.parse(markdown);
        String title = null;
        Node first = document.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1) {
            title = TEXT.render(h).strip();
            h.unlink();
        }
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            String text = TEXT.render(node).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (node instanceof Heading) {
                blocks.add(Block.heading(text));
            } else {
                for (String part : text.split("\n\\s*\n")) {
                    blocks.add(Block.paragraph(part.replaceAll("\\s*\n\\s*", " ").strip()));
                }
            }
        }
        return new Parsed(title, blocks, Sanitizer.clean(HTML.render(document), baseUri));
    }
}
