package eu.innco.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Actor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseCsvExporterTest {
    static final String HEADER = "Identifier,Name,Description,Organisational Structure,Primary Activity,Activities,"
            + "Street Address,Locality,Region,Postcode,Country Name,Website,Phone,Email\r\n";

    @Test
    void identifiers_are_short_letters_and_digits_and_differ_for_uuids_with_the_same_start() {
        String a = SseCsvExporter.identifier("7a2b3c4d-5e6f-4a7b-8c9d-000000000001");
        String b = SseCsvExporter.identifier("7a2b3c4d-5e6f-4a7b-8c9d-000000000002");
        assertTrue(a.matches("[a-z0-9]{14}"), a);
        assertNotEquals(a, b);
    }

    @Test
    void organisations_are_written_in_the_sse_standard_columns_with_rfc_4180_quoting() {
        try (TestModule m = TestModule.memory()) {
            ExportsFixtures.importer(m, ImportPublisher.NONE).importFolder(Actor.SYSTEM, ExportsFixtures.scenario("directory"), false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int rows = new SseCsvExporter(m.repository, m.types, m.locales, new AccessPolicy()).write(Actor.SYSTEM, out);

            assertEquals(2, rows, "the demo organisation is left out");
            assertEquals(HEADER
                    + "24de47104c369b,\"L'Atelier du coin, \"\"réparations\"\"\",\"Réparer & réutiliser\nEnsemble\","
                    + "Not-for-profit organisation,\"Campaigning, Activism & Advocacy\","
                    + "\"Campaigning, Activism & Advocacy;Reduce, Reuse, Repair & Recycle\",\"Rue Haute 1, bte 2\",Bruxelles,"
                    + "Bruxelles-Capitale,,Belgium,https://atelier.example.be,+32 2 000 00 00,bonjour@atelier.example.be\r\n"
                    + "ed16285d070f28,Minimal,Only English,,,,,,,,Greece,,,\r\n",
                    out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void sectors_are_read_as_the_nace_rev_2_1_sections_that_the_organisation_type_offers() {
        assertEquals("Education", EssGlobal.ACTIVITY.get("Q"));
        assertEquals("Health, Social Care & Wellbeing", EssGlobal.ACTIVITY.get("R"));
        assertEquals("Arts, Media, Culture & Leisure", EssGlobal.ACTIVITY.get("S"));
        assertEquals("Money & Finance", EssGlobal.ACTIVITY.get("L"));
        assertEquals("Housing", EssGlobal.ACTIVITY.get("M"));
        assertEquals(null, EssGlobal.ACTIVITY.get("P"), "public administration has no ESSGlobal activity");
        try (TestModule m = TestModule.memory()) {
            var offered = m.types.require("organisation").property("sectors").orElseThrow().rules().options().stream()
                    .map(o -> o.value()).toList();
            assertEquals(22, offered.size(), "sections A to V");
            assertTrue(offered.containsAll(EssGlobal.ACTIVITY.keySet()), "every mapped section is one the type offers");
        }
    }
}
