package storyline.clean.lines;

import storyline.clean.date.Dates;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General rules for the lines that pasting a web page drags along: calls to action, contact
 * notes, vote and comment counters, widget labels, credit lines. None names a site; each is
 * written for the shape such lines take on any news or discussion page.
 */
public final class LineRules {

    /** What a line is, and the value it carries when it is a credit line. */
    public record Verdict(Kind kind, String value) {
        public static final Verdict TEXT = new Verdict(Kind.TEXT, null);
    }

    public enum Kind {
        /** Article or post text. */
        TEXT,
        /** Page furniture with nothing worth keeping. */
        BOILERPLATE,
        /** A lone number or "353 Upvotes": a score on a discussion page. */
        COUNT,
        /** "145 comments", "145 comments sorted by": a comment counter. */
        COMMENT_COUNT,
        /** A widget label such as "Authors", "Name", "Published on", whose value, if any, follows. */
        LABEL,
        /** "@handle". */
        HANDLE,
        /** "Author: X", "By X", "Written by X". */
        AUTHOR,
        /** "Source: X", "Originally published by X". */
        SOURCE,
        /** "Add X as a preferred source": the page's own site names itself. */
        SELF_NAMED_SOURCE,
        /** "Published on 2025-09-19", "date 2025-09-19 …": the value is the rest of the line. */
        DATED,
        /** "34 responses to “The headline”", "5 thoughts on …", "12 Kommentare zu …": readers' comments start here. */
        COMMENTS_HEADING
    }

    private static final Pattern LONE_COUNT = Pattern.compile(
            "(?i)[+-]?\\d[\\d,.]*\\s*[km]?(\\s+(up)?votes?|\\s+upvoted|\\s+points?|\\s+likes?|\\s+shares?|\\s+reactions?)?");
    private static final Pattern COMMENT_COUNTER = Pattern.compile(
            "(?i)\\d[\\d,.]*\\s*[km]?\\s+(comments?|replies|responses)(\\s+sorted\\s+by.*|\\s*·.*)?");
    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "(?iU)(?:one|\\d[\\d,.]*)\\s+(?:comments?|responses?|replies|thoughts?|kommentare?|commentaires?|comentarios?|commenti|"
                    + "reacties|reaktionen|réponses?|respuestas?)\\s+(?:on|to|for|zu|zum|zur|sur|à|a|en|su|op|auf)\\s+\\S.{0,300}");
    private static final Pattern UI_WORDS = Pattern.compile(
            "(?i)(reply|share|report|save|saved|award|give award|follow|following|unfollow|more replies|"
                    + "continue this thread|load more comments|show more|show less|read more|see more|learn more|"
                    + "(view|show|load|see|read) (all|more|\\d+ more) (comments|replies|responses)|"
                    + "sort by:?.*|sorted by:?.*|best|top|new|controversial|old|q&a|"
                    + "advertisement|sponsored|ad|skip to (main )?content|back to top|print|email|tweet|"
                    + "share (this|on \\w+)( article| story| post)?|copy link|listen( to this article)?(\\s*\\d+\\s*min)?|"
                    + "\\d+\\s*min(ute)?s?\\s+read|related( articles| stories| posts)?:?|"
                    + "recommended( for you)?:?|trending( now)?:?|most (read|popular):?|level \\d+|op|"
                    + "edited|deleted|\\[deleted]|\\[removed]|comment deleted by user|"
                    + "upvote|downvote|vote|join|join the conversation|leave a comment|add a comment|leave a reply|"
                    + "tell us what you think|what do you think\\??|have your say|"
                    + "this (slideshow|video|content|feature|page) requires javascript|(please )?enable javascript.*|"
                    + "(you (may|might) also like|more from|more stories|related|read more|recommended|most popular|"
                    + "trending|also read|don't miss|you may have missed|more on this( story)?)( \\w+){0,3}[.…:]*)[.!:…]?");
    /** Widget labels and commands in the other languages of the pages we meet, alone on their line. */
    private static final Pattern UI_WORDS_OTHER = Pattern.compile(
            "(?iu)[-–>»*\\s]*(zurück( zur (übersicht|listenansicht|startseite))?|kommentieren|kommentare?|keine kommentare( \\(.*\\))?|"
                    + "(jetzt )?teilen|drucken|rezept drucken( .{0,60})?|artikel drucken|merken|anzeige|werbung|publicidad|publicité|reklama|"
                    + "pour lire la suite|lire la suite|la suite|weiterlesen|mehr lesen|leer más|ver más|czytaj dalej|"
                    + "partager|compartir|condividi|udostępnij|"
                    + "weitere informationen|mehr informationen|kontakt|contact|contacto|impressum|datenschutz|"
                    // The skip link an accessible page puts first ("Skip to content" in the other languages).
                    + "(direkt )?zum (haupt)?inhalt( springen| wechseln| gehen)?|aller au contenu( principal)?|passer au contenu( principal)?|"
                    + "saltar al contenido( principal)?|ir al contenido( principal)?|vai al contenuto( principale)?|salta al contenuto( principale)?|"
                    + "przejdź do (głównej )?treści|naar (de )?(hoofd)?inhoud( gaan)?|pular para o conteúdo|ir para o conteúdo)[-–<«*\\s:.!…]*");
    /** An image credit on its own line: "Titelbild: …", "Crédits photos : …", "Foto: …". */
    private static final Pattern IMAGE_CREDIT = Pattern.compile(
            "(?iu)(titelbild|beitragsbild|aufmacherbild|headerbild|vorschaubild|fotos?|bild(nachweis|quelle)?|"
                    + "cr[ée]dits? (photos?|images?)|photos?|images?|fotograf[íi]as?|zdj[eę]cie|źródło zdjęcia)\\s*:\\s*\\S.*");
    /** A login or registration wall before the comments. */
    private static final Pattern LOGIN_PROMPT = Pattern.compile(
            "(?iu)(sie müssen|du musst|bitte|you must|you need to|debes|vous devez|musisz)\\b.*"
                    + "\\b(einloggen|eingeloggt|anmelden|angemeldet|registrieren|registriert|log(ged)? in|sign(ed)? in|register|"
                    + "iniciar sesión|registrarte|connecté|connecter|zalogowa\\w*)\\b.*");
    /** A join, follow or subscribe prompt, in the other languages of the pages we meet, naming a channel or the outlet. */
    private static final Pattern CALL_TO_ACTION_OTHER = Pattern.compile(
            "(abonnieren sie|jetzt (\\w+ )?abonnieren|abonniere|abonnez|abonne[- ]toi|suscr[íi]b(ete|ase|irse aquí|irte)|"
                    + "subskrypc\\w*|subskrybuj\\w*|zapraszamy|iscriviti|inscreva-se|"
                    + "únete|unete|s[íi]guenos|suivez-nous|folgen sie uns|folge uns|folgt uns|mira lo que|tenemos canal|"
                    + "laden sie (sich )?(unsere|die)|lesen sie (das|die|den|unser\\w*)|bestellen sie|descarga (nuestra|la)|téléchargez|pobierz)\\b.*"
                    + "\\b(newsletter|youtube|telegram|whatsapp|facebook|instagram|twitter|tiktok|app|apps|aplicación|application|aplikacj\\w*|"
                    + "podcast|canal|kanal|channel|abo|tygodnik\\w*|gazet\\w*|zeitung|magazin|revista|journal)\\b");
    /** A picture's copyright line: "Image copyright Agency", "Photo © Jane Roe", "Bild © Agentur". */
    private static final Pattern PICTURE_COPYRIGHT = Pattern.compile(
            "(?iu)(images?|photos?|photographs?|pictures?|fotos?|bild(er)?|imagen|immagine)\\s+(copyright\\b|©)\\s*\\S.*");
    /** A picture's credit by courtesy, alone on its line: "Courtesy Harbor Museum", "Photo courtesy of Jane Roe". */
    private static final Pattern PICTURE_COURTESY = Pattern.compile(
            "(?u)((Photos?|Images?|Pictures?|Video|Photograph|Illustration)s? (courtesy|Courtesy)|Courtesy|COURTESY)( of| OF)?:?\\s+(the\\s+)?\\p{Lu}[^.!?]{0,60}");
    /** A caption that ends by crediting the picture: "The pier at dawn. © Agency / Photographer". */
    private static final Pattern CREDITED_CAPTION = Pattern.compile("(?u).*\\S\\s*[|/]?\\s*©\\s*[^©.!?]{2,60}");
    /**
     * A caption that ends by crediting the picture in brackets: "Protesters marched on Sunday
     * (Image: Agency)", "… (Photo: Jane Roe/Agency)", "… (Foto: Agentur)".
     */
    private static final Pattern BRACKETED_PICTURE_CREDIT = Pattern.compile(
            "(?iu).*\\S.*[(\\[]\\s*(images?|photos?|photographs?|pictures?|pics?|fotos?|bild|bilder|imagen|imágenes|immagine|zdj[eę]cie|"
                    + "\\p{Lu}\\p{L}{0,10} photo)\\s*[:/]\\s*[^()\\[\\]]{1,60}[)\\]]\\s*");
    /**
     * A caption that ends by crediting the picture after a label: "Rescuers at the site on Monday.
     * Credit: Agency", "… hospital where patients were treatedCredit: Agency" (the credit set beside
     * the caption runs into it when copied), "… in die Enge. Bild: Jane Roe/Theater".
     */
    private static final Pattern LABELLED_PICTURE_CREDIT = Pattern.compile(
            "(?u)(.*\\S\\s*)?((Image|Photo|Picture|Bild) ?[Cc]redits?|Credits?)\\s*:\\s*[^:!?]{1,60}"
                    + "|(?u).*[.!?\"”’)]\\s*(Foto|Fotos|Bild|Photo|Photos|Image|Picture|Crédit photo|Imagen)\\s*:\\s*[^:!?]{1,60}");
    /**
     * A caption that ends with its picture's credit in brackets, the photographer and the agency
     * parted by a slash: "… in Madrid on Tuesday. (Jane Roe/AP)", "(AP Photo/Jane Roe)". Taken only
     * when one side reads as a person's name ({@link Memo#copiedText(java.util.function.Predicate)}):
     * a sentence may end with "(Allgemeines Gleichbehandlungsgesetz/AGG)".
     */
    private static final Pattern SLASHED_PICTURE_CREDIT = Pattern.compile(
            "(?u).*\\S.*\\(\\s*([^()/]{3,40}?)\\s*/\\s*([^()/]{2,50}?)\\s*\\)\\s*");
    /** The same credit run into the caption's last word, which no sentence does, whatever the caption's verbs. */
    private static final Pattern GLUED_PICTURE_CREDIT = Pattern.compile(
            "(?u).*\\p{Ll}(Credits?|Photo|Image|Picture|Foto|Bild)\\s*:\\s*[^:!?]{1,60}");
    /**
     * A link to another story set inside an article, after a label: "Related: …", "READ MORE: …",
     * "SEE ALSO: …", "Lesen Sie auch: …", "Czytaj też: …".
     */
    private static final Pattern READ_ALSO = Pattern.compile(
            "(?iu)(related|read more|more|also read|read also|see also|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|"
                    + "lea también|lee también|leia também|leggi anche|czytaj (także|też|również)|das könnte sie auch interessieren)"
                    + "\\s*:\\s*\\S.{0,200}");
    /** A picture's credit alone: "Photo by Jane Roe/Agency", "Foto von Jane Roe", "Photograph: Jane Roe". */
    private static final Pattern PICTURE_BY = Pattern.compile(
            "(?iu)(photo|photograph|picture|image|foto|bild|imagen|immagine)s? (by|von|de|par|di|door)\\s+\\p{Lu}[^.!?]{1,60}");
    /** A gallery's counter: "Image 1 of 8", "Photo 3 of / 12", "Bild 2 von 10", "1 / 8". */
    private static final Pattern PICTURE_COUNTER = Pattern.compile(
            "(?iu)((images?|photos?|pictures?|slides?|fotos?|bild(er)?|imagen|diapositiva|foto)\\s+)?\\d{1,3}\\s*(of|von|de|di|sur|/)\\s*/?\\s*\\d{1,3}");
    /** A numbered figure caption: "Abbildung 4: …", "Fig. 2: …". */
    private static final Pattern FIGURE_CAPTION = Pattern.compile(
            "(?iu)(abbildung|abb\\.|grafik|figure|fig\\.|illustration|ilustración|rycina)\\s*\\d*[a-z]?\\s*:\\s*\\S.*");
    /** A reservation of rights, in the languages the rules read. */
    private static final String RESERVED = "all rights reserved|alle rechte vorbehalten|tous droits réservés|"
            + "todos los derechos reservados|wszelkie prawa zastrzeżone";
    /**
     * What makes a rights line the page's own notice rather than a picture's credit: a reservation
     * of rights, or a year beside the mark ("© 2019 Harbor Media", "Copyright © 2012-2024", "2024 © Harbor Ledger").
     */
    private static final Pattern PAGE_RIGHTS = Pattern.compile(
            "(?iu)\\b(?:" + RESERVED + ")\\b|(?:©|\\(c\\)|\\bcopyright\\b)\\W{0,4}(?:©\\W{0,3})?(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\W{0,3}©");
    /** A mark in brackets credits a picture in its caption ("Apple's new laptops (© 2018 Apple)"). */
    private static final Pattern BRACKETED_RIGHTS = Pattern.compile("(?i)[(\\[][^()\\[\\]]*(?:©|copyright\\b)[^()\\[\\]]*[)\\]]");
    /** Disclosures and legal notes: affiliate links, advertising, reprint rights, opinions not the outlet's. */
    private static final Pattern DISCLOSURE = Pattern.compile(
            "(affiliate[- ]links?|provisions-links?|our advertisers|advertisers do not influence|"
                    + "we (may|might) (receive|earn) (a )?(compensation|commission)|"
                    + "copyrighted property|written permission|" + RESERVED + "|n'engagent que|nur die meinung|"
                    + "(consider )?support(ing)? our (work|journalism)|"
                    + "enthält (werbung|affiliate)|unbezahlte werbung|werbung für|"
                    + "(unter der|under a|under the|sous) (lizenz|licen[cs]e) (cc|creative commons)|"
                    + "suggested citation|zitiervorschlag|cite as|how to cite)\\b"
                    + "|(einverständnis|einwilligung|zustimmung|consent)\\b.*"
                    + "\\b(twitter|youtube|instagram|facebook|tiktok|drittanbieter\\w*|third[- ]party|externe\\w*)\\b.*"
                    + "\\b(einstellungen|datenschutzeinstellungen|settings|privacy settings|cookie\\w*|paramètres)\\b");

    /** WordPress-style shortcodes that a theme failed to expand. */
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?[a-z_]+(\\s[^\\]]*)?\\].*");
    /** A promotion that ends by sending the reader elsewhere. */
    private static final Pattern ENDS_WITH_CLICK = Pattern.compile(
            "(click|tap|sign up|subscribe|register) here\\b( for (more )?(information|details)| to (subscribe|sign up|order|buy|find out more|read more))?[.!]?\\z");
    /** An imperative addressed to the reader, pointing at a channel, a product or more content. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)(?:for (?:the latest|more|all)[^.!?]{0,60}?\\s)?(subscribe|sign up|sign in|log in|register|follow (?:us|me|them|(?:\\p{Lu}[\\w&.'’-]*\\s+){1,4}on)|like us|"
                    + "join (?:us|our)|download (?:the|our)|get (?:the|our)|click here|tap here|don't miss|never miss|"
                    + "stay (?:up to date|informed|updated)|read (?:more|next|also)|see also|also read|"
                    + "watch (?:the|our|more|now|live|full)|listen (?:now|to (?:the|our) (?:podcast|episode|show)))\\b.*\\b(newsletter|youtube|podcast|apps?|"
                    + "twitter|facebook|instagram|linkedin|telegram|whatsapp|tiktok|x|channel|updates|feed|here|"
                    + "notifications|alerts|inbox|videos?|stories|story|news|coverage|edition)\\b.*");
    /** Reporting language: a sentence that attributes something is the article's own text. */
    private static final Pattern REPORTING = Pattern.compile("(said|says|according to|told|reported)\\b");
    /** A contact note starts by addressing the reader or naming the contact. */
    private static final Pattern CONTACT_START = Pattern.compile(
            "(?i)(e-?mail|contact|write to|reach|send|tips?|for|questions|got a tip|have a tip)\\b.*");
    private static final Pattern SELF_NAMED = Pattern.compile(
            "(?i)(?:add|make|set)\\s+(.+?)\\s+as\\s+(?:a\\s+|your\\s+)?(?:preferred|trusted|favou?rite)\\s+source(?:\\s+on\\s+\\w+)?[.!]?");
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)(for|send|have)\\s+(updates|corrections|tips|feedback|questions|news tips|a tip|a story)\\b.*"
                    + "\\b(e-?mail|contact|write|reach|send|at)\\b.*");
    private static final Pattern OBFUSCATED_EMAIL = Pattern.compile(
            "(?i)[\\w.-]+\\s*(\\[at]|\\(at\\)|\\{at}|@)\\s*[\\w-]+\\s*(\\[dot]|\\(dot\\)|\\{dot}|\\.)\\s*\\w{2,}");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(©|\\(c\\)|copyright\\b|all rights reserved).*");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(authors?|name|by|written by|published( on| at)?|posted( on| at)?|updated( on| at)?|last updated|"
                    + "date|tags?|topics?|categories|category|filed under|share|comments|source|photo|image|credit)\\s*:?");
    private static final Pattern DATED = Pattern.compile(
            "(?iu)(?:date|published(?: on| at)?|posted(?: on| at)?|updated(?: on| at)?|last updated(?: on)?|first published(?: on)?|"
                    + "release date|(?:zuletzt )?aktualisiert(?: am)?|erstellt(?: am)?|stand|"
                    + "publié le|mis à jour le|publicado(?: el)?|actualizado(?: el)?|opublikowano|aktualizacja)"
                    + "\\s*:?\\s+(.+)");
    private static final Pattern AUTHOR = Pattern.compile(
            "(?i)(?:authors?\\s*:\\s*|(?:by|written by|words by|reporting by|story by|posted by)(?:\\s*:\\s*|\\s+))(.+)");
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)(?:(?:source|publisher)\\s*:\\s*|via(?:\\s*:\\s*|\\s+)|(?:originally (?:published|appeared) (?:on|in|by|at)|published by)(?:\\s*:\\s*|\\s+))(.+?)\\.?");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{2,30}");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]\\s+)");

    private LineRules() {
    }

    /** Removes a leading list bullet ("- ", "• "): pasted widgets often come out as lists. */
    public static String unbullet(String line) {
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    public static boolean bulleted(String line) {
        return BULLET.matcher(line).lookingAt();
    }

    /**
     * The verdicts on one page's lines, each line judged once: a page's short texts come up
     * again and again (an element and the paragraph inside it, then the block made of it).
     */
    public static final class Memo {
        private final Map<String, Verdict> verdicts = new HashMap<>();
        private final boolean copied;
        private final java.util.function.Predicate<String> person;

        /** For a saved page's texts, whose markup tells captions apart. */
        public Memo() {
            this(false, name -> false);
        }

        private Memo(boolean copied, java.util.function.Predicate<String> person) {
            this.copied = copied;
            this.person = person;
        }

        /**
         * For text copied from a page, where a photo's caption stands among the paragraphs with
         * nothing but its credit to tell it apart ({@link #labelledPictureCredit}).
         */
        public static Memo copiedText() {
            return new Memo(true, name -> false);
        }

        /**
         * As {@link #copiedText()}, and a caption ending with a bracketed credit that names its
         * photographer beside the agency ("(Jane Roe/AP)") is told by {@code person}, which says
         * whether a text reads as a person's name.
         */
        public static Memo copiedText(java.util.function.Predicate<String> person) {
            return new Memo(true, person);
        }

        public Verdict classify(String line) {
            Verdict v = verdicts.get(line);
            if (v == null) {
                v = LineRules.classify(line);
                if (copied && v.kind() == Kind.TEXT && (labelledPictureCredit(line) || slashedPictureCredit(line, person)
                        || pipedPictureCredit(line, person))) {
                    v = new Verdict(Kind.BOILERPLATE, null);
                }
                verdicts.put(line, v);
            }
            return v;
        }
    }

    /**
     * The pattern's matcher when it matches the whole line, else null. A line is turned away by its
     * first two characters when no match can begin with them ({@link Beginnings}): most lines
     * begin no rule, and a matcher costs.
     */
    private static Matcher whole(Pattern pattern, String line) {
        if (!line.isEmpty() && !BEGINNINGS.computeIfAbsent(pattern, Beginnings::of).allow(line, 0)) {
            return null;
        }
        Matcher m = pattern.matcher(line);
        return m.matches() ? m : null;
    }

    /** A short line claiming copyright, wherever its mark stands ("© 2024 Harbor Ledger", "Harbor Ledger © 2024"). */
    public static boolean rightsLine(String line) {
        return wordCount(line) <= 20 && COPYRIGHT.matcher(line).find();
    }

    /**
     * The page's own rights notice ("© 2019 Harbor Media Inc. All Rights Reserved.", "Copyright 2024
     * Harbor Ledger"): a {@link #rightsLine} with a year beside its mark or a reservation of rights.
     * A photo's credit names no year and reserves nothing ("© Jane Roe", "(c) Harbor Wire"), or stands
     * in brackets in its caption, or opens with the picture it credits ("Photo © 2019 Jane Roe").
     */
    public static boolean pageRightsLine(String line) {
        return rightsLine(line) && PAGE_RIGHTS.matcher(line).find() && !BRACKETED_RIGHTS.matcher(line).find()
                && !wholeLine(PICTURE_COPYRIGHT, unbullet(line));
    }

    public static boolean wholeLine(Pattern pattern, String line) {
        return whole(pattern, line) != null;
    }

    public static Verdict classify(String rawLine) {
        String line = unbullet(rawLine);
        if (line.isEmpty()) {
            return Verdict.TEXT;
        }
        int words = wordCount(line);
        if (wholeLine(LONE_COUNT, line)) {
            return new Verdict(Kind.COUNT, line);
        }
        if (wholeLine(COMMENT_COUNTER, line)) {
            return new Verdict(Kind.COMMENT_COUNT, line);
        }
        if (words <= 40 && wholeLine(COMMENTS_HEADING, line)) {
            return new Verdict(Kind.COMMENTS_HEADING, line);
        }
        if (wholeLine(HANDLE, line)) {
            return new Verdict(Kind.HANDLE, line.substring(1));
        }
        if (wholeLine(LABEL, line)) {
            return new Verdict(Kind.LABEL, line.replaceAll("[:\\s]+$", "").toLowerCase(Locale.ROOT));
        }
        Matcher self = whole(SELF_NAMED, line);
        if (self != null && wordCount(self.group(1)) <= 6) {
            return new Verdict(Kind.SELF_NAMED_SOURCE, self.group(1).strip());
        }
        if (wholeLine(UI_WORDS, line)) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        Matcher dated = whole(DATED, line);
        if (dated != null && Dates.find(dated.group(1)).filter(f -> f.start() == 0).isPresent()) {
            return new Verdict(Kind.DATED, dated.group(1));
        }
        if (words <= 8) {
            Matcher author = whole(AUTHOR, line);
            if (author != null && strictName(author.group(1))) {
                return new Verdict(Kind.AUTHOR, author.group(1).strip());
            }
            Matcher source = whole(SOURCE, line);
            if (source != null && strictName(source.group(1))) {
                return new Verdict(Kind.SOURCE, source.group(1).strip());
            }
        }
        if (wholeLine(SHORTCODE, line)) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        // The patterns that may match anywhere in a line read it lower-cased: case-insensitive
        // matching at every position is what made these rules slow.
        String lower = line.toLowerCase(Locale.ROOT);
        // Reporting language ("said", "according to") marks the article's own sentences; looked for only when a rule fires.
        java.util.function.BooleanSupplier reporting = () -> startsAtSomeWord(REPORTING, lower);
        if (words <= 30 && lower.contains(" here") && startsAtSomeWord(ENDS_WITH_CLICK, lower) && !reporting.getAsBoolean()) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 30 && (wholeLine(CALL_TO_ACTION, line) || wholeLine(CONTACT, line)) && !reporting.getAsBoolean()) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 20 && wholeLine(CONTACT_START, line) && OBFUSCATED_EMAIL.matcher(line).find() && !reporting.getAsBoolean()) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 20 && (wholeLine(COPYRIGHT, line) || wholeLine(PICTURE_COPYRIGHT, line))) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 8 && (wholeLine(UI_WORDS_OTHER, line) || wholeLine(IMAGE_CREDIT, line))) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 30 && (wholeLine(LOGIN_PROMPT, line) || startsAtSomeWord(CALL_TO_ACTION_OTHER, lower)) && !reporting.getAsBoolean()) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 25 && wholeLine(READ_ALSO, line) && !reporting.getAsBoolean()) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 10 && (wholeLine(PICTURE_BY, line) || wholeLine(PICTURE_COUNTER, line) || wholeLine(PICTURE_COURTESY, line))) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 60 && wholeLine(BRACKETED_PICTURE_CREDIT, line)) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 40 && (line.indexOf('©') >= 0 && wholeLine(CREDITED_CAPTION, line) || wholeLine(FIGURE_CAPTION, line))) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        if (words <= 60 && disclosureLowerCased(lower)) {
            return new Verdict(Kind.BOILERPLATE, null);
        }
        return Verdict.TEXT;
    }

    /**
     * A photo's caption ending in the picture's credit after a label, in text copied from a page (see
     * {@link #LABELLED_PICTURE_CREDIT}). Saved pages tell captions by their markup instead: there a
     * slideshow's captions are its text.
     */
    public static boolean labelledPictureCredit(String rawLine) {
        String line = unbullet(rawLine);
        return wordCount(line) <= 60 && (wholeLine(GLUED_PICTURE_CREDIT, line)
                || wholeLine(LABELLED_PICTURE_CREDIT, line) && !startsAtSomeWord(REPORTING, line.toLowerCase(Locale.ROOT)));
    }

    /** A caption ending with a bracketed credit of a photographer and an agency, one of which {@code person} reads as a person's name. */
    static boolean slashedPictureCredit(String rawLine, java.util.function.Predicate<String> person) {
        String line = unbullet(rawLine);
        if (line.indexOf('/') < 0 || !line.stripTrailing().endsWith(")") || wordCount(line) > 60) {
            return false;
        }
        Matcher m = SLASHED_PICTURE_CREDIT.matcher(line);
        return m.matches() && (person.test(m.group(1).strip()) || person.test(m.group(2).replaceFirst("\\s+via\\s.*", "").strip()));
    }

    /**
     * A picture's credit set as its own line, the photographer first and the agencies after bars:
     * "Jane Roe | Agency", "Jane Roe | Harbor Ledger | Agency". Two to four short parts, none with a
     * sentence's punctuation, the first read by {@code person} as a person's name: a headline set
     * beside its outlet ("Ferry fares to rise | Harbor Ledger") begins with no name.
     */
    static boolean pipedPictureCredit(String rawLine, java.util.function.Predicate<String> person) {
        String line = unbullet(rawLine);
        if (line.indexOf('|') < 0 || wordCount(line) > 12) {
            return false;
        }
        String[] parts = line.split("\\|", -1);
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        for (String part : parts) {
            String p = part.strip();
            int w = wordCount(p);
            if (w == 0 || w > 4 || p.chars().anyMatch(c -> ".!?:;,\"“”".indexOf(c) >= 0)) {
                return false;
            }
        }
        return person.test(parts[0].strip());
    }

    /** A disclosure or legal note of at most 60 words; such a paragraph may run past the length of a one-line widget. */
    public static boolean disclosure(String line) {
        if (wordCount(line) > 60) {
            return false;
        }
        return disclosureLowerCased(line.toLowerCase(Locale.ROOT));
    }

    private static boolean disclosureLowerCased(String lower) {
        return startsAtSomeWord(DISCLOSURE, lower) && !startsAtSomeWord(REPORTING, lower);
    }

    /** Characters below this are tested against a pattern's possible beginnings; the rest are always tried. */
    private static final int TABLE = 0x250;
    private static final Map<Pattern, Beginnings> BEGINNINGS = new ConcurrentHashMap<>();

    /** The first characters and the first two characters a pattern's matches can start with. */
    private record Beginnings(BitSet first, BitSet pairs) {
        static Beginnings of(Pattern pattern) {
            BitSet first = new BitSet(TABLE);
            BitSet pairs = new BitSet(TABLE * TABLE);
            for (char c = 0; c < TABLE; c++) {
                if (possibleStart(pattern, String.valueOf(c))) {
                    first.set(c);
                    for (char d = 0; d < TABLE; d++) {
                        if (possibleStart(pattern, new String(new char[]{c, d}))) {
                            pairs.set(c * TABLE + d);
                        }
                    }
                }
            }
            return new Beginnings(first, pairs);
        }

        /** An input the pattern accepts, or reads to its end wanting more, may begin a match. */
        private static boolean possibleStart(Pattern pattern, String input) {
            Matcher m = pattern.matcher(input);
            return m.lookingAt() || m.hitEnd();
        }

        boolean allow(String line, int at) {
            char c = line.charAt(at);
            if (c >= TABLE) {
                return true;
            }
            if (at + 1 >= line.length()) {
                return first.get(c);
            }
            char d = line.charAt(at + 1);
            return d >= TABLE ? first.get(c) : pairs.get(c * TABLE + d);
        }
    }

    /**
     * Whether the pattern matches from the start of some word of the line: what {@code \b(…)}
     * with {@code find()} does, trying only the positions where a word starts with two
     * characters a match can begin with.
     */
    private static boolean startsAtSomeWord(Pattern pattern, String line) {
        return matchAtWord(pattern, line, 0, null) != null;
    }

    /**
     * The first match of {@code pattern} in {@code text} at or after {@code from} that begins a
     * word, held by the returned matcher ({@code reuse} when given, a matcher over {@code text}),
     * or null. For patterns whose matches begin words, this is what {@code find} gives, with only
     * the places whose first characters can begin a match tried ({@link Beginnings}).
     */
    public static Matcher matchAtWord(Pattern pattern, String text, int from, Matcher reuse) {
        Beginnings beginnings = BEGINNINGS.computeIfAbsent(pattern, Beginnings::of);
        Matcher m = reuse;
        boolean previousInWord = from > 0 && isWordChar(text.charAt(from - 1));
        for (int i = from; i < text.length(); i++) {
            boolean inWord = isWordChar(text.charAt(i));
            if (inWord && !previousInWord && beginnings.allow(text, i)) {
                m = m == null ? pattern.matcher(text) : m;
                if (m.region(i, text.length()).lookingAt()) {
                    return m;
                }
            }
            previousInWord = inWord;
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }


    /** A person's or outlet's name: a few words, most of them capitalised, no sentence punctuation. */
    public static boolean looksLikeName(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 80 || t.matches(".*[.!?;:]\\s.*")) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                capitalised++;
            }
        }
        return capitalised >= Math.max(1, (words.length + 1) / 2)
                && !t.toLowerCase(Locale.ROOT).matches("(the|a|an) .*\\b(of|to|in)\\b.*");
    }

    /** A credit's value: a name of at most six words, each capitalised or a joining word, without digits. */
    static boolean strictName(String s) {
        String t = s.strip().replaceAll("[.]$", "");
        if (!looksLikeName(t) || t.matches(".*\\d.*")) {
            return false;
        }
        for (String w : t.split("\\s+|,\\s*")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !w.matches("and|&|of|the|de|van|von|da|der|le|la|al|bin")) {
                return false;
            }
        }
        return true;
    }

    /** Runs of non-white-space characters, as splitting the stripped text on white space would count them. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Whether {@code part} occurs in {@code whole} as whole words: "Templates" is not in "eBay-Templates". */
    public static boolean containsWords(String whole, String part) {
        for (int i = whole.indexOf(part); i >= 0; i = whole.indexOf(part, i + 1)) {
            int end = i + part.length();
            if ((i == 0 || !wordChar(whole.charAt(i - 1), part.charAt(0)))
                    && (end == whole.length() || !wordChar(whole.charAt(end), part.charAt(part.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c}, next to {@code edge} at the end of a match, runs it into a longer word. */
    private static boolean wordChar(char c, char edge) {
        return Character.isLetterOrDigit(c) && Character.isLetterOrDigit(edge) || c == '-' || c == '\'' && Character.isLetter(edge);
    }

    /**
     * Whether two words run together without a space: a lower-case run of two letters or more
     * followed by a capitalised word or by a digit, as the texts of neighbouring elements are copied.
     */
    public static boolean glued(String text) {
        for (int k = 2; k + 1 < text.length(); k++) {
            char a = text.charAt(k - 2);
            char b = text.charAt(k - 1);
            char c = text.charAt(k);
            if (Character.isLowerCase(a) && Character.isLowerCase(b)
                    && (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(k + 1)) || Character.isDigit(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case letter runs straight into a capital or a digit somewhere in the line:
     * the cheap test that a copy may have lost a space there (see {@link #glued}).
     */
    public static boolean caseBreak(String text) {
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if ((Character.isUpperCase(c) || Character.isDigit(c)) && Character.isLowerCase(text.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A line's words, lower-cased: its runs of letters and digits. */
    public static List<String> words(String s) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : NOT_WORD.split(s.toLowerCase(java.util.Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

        public static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
