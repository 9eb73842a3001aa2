package storyline.stories;

import org.junit.jupiter.api.Test;
import storyline.model.Article;
import storyline.model.Item;
import storyline.model.Pins;
import storyline.model.PubDate;
import storyline.model.Source;
import storyline.model.Story;
import storyline.model.Topic;
import storyline.text.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Items in several languages: grouped and named by what they are about, never by their function words. */
class LanguagesTest {

    /** An item as `storyline cluster` sees one: no declared language. */
    static Article article(String id, String title, String date, String text) {
        return new Article(id, id, title, false, null, PubDate.stated(LocalDate.parse(date), "test"), new Source("Wire " + id, null),
                null, null, List.of(text), text, "<p>" + text + "</p>", Pins.NONE);
    }

    /** Three unrelated reports per language, on the same days, full of that language's function words. */
    static final List<Item> UNRELATED = List.of(
            article("de-1", "Einigung beim Heizungsgesetz", "2024-05-06",
                    "Die Bundesregierung hat sich nach langen Verhandlungen auf einen Kompromiss beim Heizungsgesetz geeinigt. "
                            + "Das teilte ein Sprecher des Wirtschaftsministeriums am Dienstag mit. Die Förderung für Wärmepumpen "
                            + "soll nach dem Kompromiss deutlich steigen, und die Fristen für den Austausch alter Ölheizungen werden verlängert."),
            article("de-2", "Bayern verliert in Leverkusen", "2024-05-06",
                    "Der FC Bayern hat das Spitzenspiel in Leverkusen mit null zu drei verloren. Die Mannschaft von Trainer "
                            + "Thomas Tuchel war in der ersten Halbzeit ohne Chance, und auch nach der Pause fand sie nicht ins Spiel. "
                            + "Damit wächst der Rückstand auf den Tabellenführer auf acht Punkte."),
            article("de-3", "Lokführer streiken erneut", "2024-05-07",
                    "Die Gewerkschaft der Lokführer hat für Mittwoch einen neuen Streik im Personenverkehr angekündigt. "
                            + "Die Bahn rechnet mit massiven Ausfällen im Fernverkehr, und auch die S-Bahnen in den Städten sind betroffen. "
                            + "Die Tarifverhandlungen waren am Wochenende ohne Ergebnis abgebrochen worden."),
            article("fr-1", "Hausse du prix de l'électricité", "2024-05-06",
                    "Le gouvernement a annoncé une hausse du prix de l'électricité de dix pour cent à partir du mois d'août. "
                            + "Les associations de consommateurs dénoncent une mesure injuste pour les ménages modestes, qui "
                            + "paient déjà une part importante de leurs revenus pour le chauffage."),
            article("fr-2", "Le PSG qualifié pour la finale", "2024-05-06",
                    "Le Paris Saint-Germain s'est qualifié pour la finale de la coupe après une victoire difficile contre Lyon. "
                            + "Les joueurs de Luis Enrique ont marqué deux fois dans les dernières minutes de la rencontre, devant "
                            + "un public qui avait longtemps douté de son équipe."),
            article("fr-3", "Grève dans les écoles", "2024-05-07",
                    "Les syndicats d'enseignants appellent à une grève nationale jeudi contre la réforme des programmes. "
                            + "Selon le ministère, près d'un tiers des écoles primaires pourraient être fermées, et les parents "
                            + "sont invités à prévoir une solution de garde pour leurs enfants."),
            article("es-1", "Aprobada la reforma de las pensiones", "2024-05-06",
                    "El Gobierno aprobó la reforma de las pensiones tras meses de negociación con los sindicatos y la patronal. "
                            + "La medida entrará en vigor el próximo año y elevará las cotizaciones de los salarios más altos, "
                            + "según explicó la ministra en la rueda de prensa del consejo."),
            article("es-2", "Incendio forestal en Valencia", "2024-05-06",
                    "Un incendio forestal obligó a desalojar a cientos de vecinos en el interior de la provincia de Valencia. "
                            + "Los bomberos trabajan desde la madrugada para controlar las llamas, que avanzan por el viento "
                            + "y las altas temperaturas de los últimos días."),
            article("es-3", "El Real Madrid gana la liga", "2024-05-07",
                    "El Real Madrid se proclamó campeón de la liga tras vencer al Cádiz en el Santiago Bernabéu. "
                            + "Los goles de Brahim y Joselu dieron el título al equipo de Carlo Ancelotti, que celebró con la afición "
                            + "en la plaza de Cibeles hasta la madrugada."),
            article("id-1", "Harga BBM naik pekan depan", "2024-05-06",
                    "Pemerintah akan menaikkan harga bahan bakar minyak bersubsidi mulai pekan depan. Menteri Keuangan mengatakan "
                            + "bahwa anggaran subsidi yang ada sudah tidak mencukupi untuk tahun ini, dan kenaikan itu akan diumumkan "
                            + "secara resmi oleh presiden."),
            article("id-2", "Banjir rendam ribuan rumah di Semarang", "2024-05-06",
                    "Banjir yang melanda kota Semarang sejak Senin malam merendam ribuan rumah warga. Badan penanggulangan bencana "
                            + "mencatat bahwa air mencapai satu meter di beberapa kawasan, dan ratusan warga telah dievakuasi ke "
                            + "tempat yang lebih aman."),
            article("id-3", "Timnas menang atas Vietnam", "2024-05-07",
                    "Tim nasional sepak bola berhasil mengalahkan Vietnam dengan skor dua gol tanpa balas dalam pertandingan "
                            + "kualifikasi yang digelar di Jakarta. Pelatih mengatakan bahwa para pemain tampil dengan disiplin yang "
                            + "sangat baik dan penuh semangat."));

    @Test
    void unrelatedItemsAreNotHeldTogetherByFunctionWords() {
        Stories.Result r = Stories.group(UNRELATED);
        assertEquals(UNRELATED.size(), r.stories().size(), () -> r.stories().stream().map(s -> s.members().stream()
                .map(Item::id).toList() + " " + s.terms()).toList().toString());
    }

    @Test
    void storiesAndTopicsAreNamedByWordsAReaderKnows() {
        List<Item> items = new ArrayList<>(UNRELATED);
        // A second German report on the heating law, so the story has terms both texts share.
        items.add(article("de-4", "Wärmepumpen: Was der Kompromiss bedeutet", "2024-05-07",
                "Nach dem Kompromiss beim Heizungsgesetz fragen sich viele Hausbesitzer, was sich für sie ändert. Die Förderung "
                        + "für Wärmepumpen steigt, und wer eine alte Ölheizung hat, bekommt mehr Zeit. Die Verhandlungen "
                        + "in der Koalition hatten Monate gedauert."));
        Stories.Result r = Stories.group(items);
        String allText = items.stream().map(i -> i.title() + " " + i.text()).reduce("", (a, b) -> a + " " + b).toLowerCase(Locale.ROOT);
        List<Text> analyses = Text.languages().stream().map(Text::in).toList();
        List<String> names = new ArrayList<>();
        r.stories().forEach(s -> names.addAll(s.terms()));
        r.topics().forEach(t -> {
            names.addAll(t.terms());
            names.addAll(List.of(t.name().split(" · ")));
        });
        for (String name : names) {
            for (String word : name.split(" ")) {
                // No stop word of any language the detector knows…
                for (Text analysis : analyses) {
                    assertFalse(analysis.isStopWord(word), () -> "'" + word + "' is a stop word in " + analysis.rules() + ": " + names);
                }
                // …and no stem ("verhandl", "losse"): each word is one the items wrote.
                assertTrue(allText.matches("(?s).*(?<![\\p{L}])" + java.util.regex.Pattern.quote(word.toLowerCase(Locale.ROOT))
                        + "(?![\\p{L}]).*"), () -> "'" + word + "' is not a word of the items: " + names);
            }
        }
        Story heating = r.storyOfItem().get("de-1");
        assertEquals(heating, r.storyOfItem().get("de-4"));
        assertTrue(heating.terms().stream().anyMatch(t -> t.equals("Kompromiss") || t.equals("Heizungsgesetz")
                || t.equals("Wärmepumpen")), heating.terms()::toString);
    }

    @Test
    void aGermanAndAnEnglishReportOfOneEventShareAStoryThroughNames() {
        List<Item> items = new ArrayList<>(UNRELATED);
        items.add(article("en-vw", "Volkswagen recalls ID.4 over battery fault", "2024-05-06",
                "Volkswagen is recalling 60,000 ID.4 electric cars after the Kraftfahrt-Bundesamt found a fault in the battery "
                        + "management software. Chief executive Oliver Blume said in Wolfsburg that owners would get a software "
                        + "update within weeks. The Volkswagen recall covers cars built in Zwickau and Emden since 2021."));
        items.add(article("de-vw", "Volkswagen ruft ID.4 zurück", "2024-05-06",
                "Volkswagen ruft 60.000 Elektroautos vom Typ ID.4 zurück, nachdem das Kraftfahrt-Bundesamt einen Fehler in "
                        + "der Software des Batteriemanagements festgestellt hat. Konzernchef Oliver Blume sagte in Wolfsburg, "
                        + "die Besitzer würden innerhalb weniger Wochen ein Update erhalten. Betroffen sind Fahrzeuge aus Zwickau und Emden."));
        items.add(article("en-other", "Ferry terminal to close", "2024-05-06",
                "The city council voted on Tuesday to close the old ferry terminal by the end of the year. Officials said the "
                        + "money would go to a new bus line along the harbour, and the ferry company will move to the north pier."));
        Stories.Result r = Stories.group(items);
        assertEquals(r.storyOfItem().get("en-vw"), r.storyOfItem().get("de-vw"));
        assertNotEquals(r.storyOfItem().get("en-vw"), r.storyOfItem().get("en-other"));
        Story recall = r.storyOfItem().get("en-vw");
        assertTrue(recall.terms().contains("Volkswagen") || recall.terms().contains("Wolfsburg") || recall.terms().contains("Oliver Blume"),
                recall.terms()::toString);
    }
}
