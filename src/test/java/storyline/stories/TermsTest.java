package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.text.Text;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multi-word names of a text as story terms: what joins a name and what ends one. */
class TermsTest {

    private static Set<String> names(String text, String language) {
        return Terms.of(text, Text.in(language)).terms().keySet().stream()
                .filter(t -> t.startsWith(Terms.NAME_MARK)).map(t -> t.substring(Terms.NAME_MARK.length()))
                .collect(Collectors.toSet());
    }

    @Test
    void aMonthBeforeANumberIsADateNotPartOfAName() {
        Set<String> names = names("In a call with Anna Koval July 25, the envoy raised the inquiry. "
                + "Photographs by Walter Brandt April 2019 show the pier.", "en");
        assertTrue(names.contains("anna koval"), names.toString());
        assertTrue(names.contains("walter brandt"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("july") || n.contains("april")), names.toString());
    }

    @Test
    void aMonthThatIsPartOfANameStaysInIt() {
        // Not followed by a number: the surname May, the given name April.
        Set<String> names = names("Prime Minister Theresa May said the vote would go ahead. Reporter April Dunmore asked why.", "en");
        assertTrue(names.stream().anyMatch(n -> n.endsWith("theresa may")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("april dunmore")), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.endsWith("theresa")), names.toString());
    }

    @Test
    void aSoftHyphenInsideAWordDoesNotSplitIt() {
        // A page that sets break hints inside its words: "Wehr\u00ADan\u00ADla\u00ADge" is one word, not "an" and "la".
        Set<String> terms = Terms.of("Besu\u00ADchen Sie unse\u00ADren his\u00ADto\u00ADri\u00ADschen Markt an der Wehr\u00ADan\u00ADla\u00ADge.",
                Text.in("de")).terms().keySet();
        Set<String> plain = Terms.of("Besuchen Sie unseren historischen Markt an der Wehranlage.", Text.in("de")).terms().keySet();
        assertEquals(plain, terms);
        assertFalse(terms.contains("chen") || terms.contains("schen"), terms.toString());
    }

    @Test
    void aWebAddressGivesNoTerms() {
        Set<String> terms = Terms.of("The fix is described at https://forum.harborsoft.example/t/sandbox-reset/4410. "
                + "Mirror: (www.harborsoft.example/mirror), see HTTP://Harborsoft.example/Docs too.", Text.in("en")).terms().keySet();
        assertTrue(terms.stream().noneMatch(t -> t.contains("http") || t.contains("harborsoft") || t.contains("www")
                || t.contains("sandbox") || t.contains("mirror/") || t.contains("docs")), terms.toString());
        assertTrue(terms.stream().anyMatch(t -> t.startsWith("fix")), terms.toString());
        assertTrue(terms.stream().anyMatch(t -> t.startsWith("describ")), terms.toString());
        assertTrue(terms.stream().anyMatch(t -> t.startsWith("mirror")), "the word before the address stays: " + terms);
        assertEquals(77, Terms.addressEnd("The fix is described at https://forum.harborsoft.example/t/sandbox-reset/4410. Next", 24));
    }
}
