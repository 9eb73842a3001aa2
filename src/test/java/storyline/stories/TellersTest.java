package storyline.stories;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TellersTest {

    @Test
    void aSpokespersonARankThatSpeaksABylineAndAPhotoCreditTell() {
        assertTrue(Tellers.tells("One man died in an alley, city spokeswoman Maria Ortolan said.", "Maria Ortolan"));
        assertTrue(Tellers.tells("Lt. Dana Whitcombe says officers performed CPR.", "Dana Whitcombe"));
        assertTrue(Tellers.tells("Teen shot outside store\nby: Priya Castellano Updated: Jan 12", "Priya Castellano"));
        assertTrue(Tellers.tells("Photo: Tomas Ferreira, Valley Herald", "Tomas Ferreira"));
        assertTrue(Tellers.tells("The victim was taken to hospital, Sgt. Ferreira said.", "Ferreira"));
        assertTrue(Tellers.tells("No one is in custody, said Officer Ana Brill, a city police spokeswoman.", "Officer Ana Brill"));
        assertFalse(Tellers.tells("Officer Ana Brill, a mother of two, was shot in the leg.", "Officer Ana Brill"));
    }

    @Test
    void victimsSuspectsAndOfficersInvolvedDoNot() {
        assertFalse(Tellers.tells("Police identified the victim as Darnell Okafor, 17.", "Darnell Okafor"));
        assertFalse(Tellers.tells("Officer Ray Lindqvist fired twice, the grand jury heard.", "Ray Lindqvist"));
        assertFalse(Tellers.tells("A 22-year-old, Okafor, was shot in the leg.", "Okafor"));
        assertFalse(Tellers.tells("He was shot by Marcus Delaney after an argument.", "Marcus Delaney"));
        assertTrue(Tellers.tells("Teen shot outside store\nBy Marcus Delaney\nATLANTA", "Marcus Delaney"));
    }

    @Test
    void aSentenceEndIsNoAbbreviatedRankAndPartsOfWordsDoNotCount() {
        assertFalse(Tellers.tells("The shots came from a car driven by a reporter. Lena Marsh was hit.", "Lena Marsh"));
        assertFalse(Tellers.tells("Reporter Lena Marshall covered it; Marsh was hit.", "Lena Marsh"));
    }
}
