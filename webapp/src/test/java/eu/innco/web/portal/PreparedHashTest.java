package eu.innco.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A prepared item reads in a template as the same map read through FreeMarker's default wrapper:
 * every way the portal's templates (and a designer's) look at an item, hashes, lists, numbers,
 * booleans, missing and null values, and what a template function receives.
 */
class PreparedHashTest {
    private static final String TEMPLATE = String.join("\n",
            "${i.title} ${i.count} ${i.ratio} ${i.flag?c} ${(i.demo!false)?c} ${i.missing!'-'} ${(i.none)!'null'}",
            "<#list i?keys as k>${k},</#list>|<#list i?values as v><#if !v??>null<#elseif v?is_string>${v}<#elseif v?is_number>${v}<#else>*</#if>,</#list>",
            "<#list i as k, v>${k}=<#if !v??>null<#elseif v?is_hash>hash<#elseif v?is_sequence>seq${v?size}<#else>${v?string}</#if>;</#list>",
            "${i?size} ${i?has_content?c} ${i?is_hash?c} ${i?is_hash_ex?c} ${i.tags?is_sequence?c} ${i.tags?is_collection?c}",
            "${i.tags?join('/')} ${i.tags?seq_contains('b')?c} ${i.tags?size} ${i.tags[1]} ${(i.tags[9])!'out'} ${i.empty?has_content?c}",
            "<#list i.images?filter(x -> x?is_hash && (x.mimeType!'')?starts_with('image/')) as img>${img['@id']} ${img.alt!''};</#list>",
            "${i.nested.deep.name} <#list i.nested.list as n>${n.v}</#list> ${i.nulls?size} <#list i.nulls as n>${n!'n'}</#list>",
            "${echo(i)} ${echo(i.tags)} ${echo(i.nested)} ${i.title?starts_with('Caf')?c} ${i['title']} <a title=\"${i.html}\">");

    @Test
    void a_prepared_item_reads_as_the_default_wrapper_reads_its_map() throws Exception {
        Map<String, Object> item = item();
        assertEquals(render(Items.freeze(item)), render(PreparedHash.of(Items.freeze(item))));
    }

    @Test
    void template_functions_receive_the_items_own_map_and_lists() throws Exception {
        Map<String, Object> frozen = Items.freeze(item());
        PreparedHash prepared = PreparedHash.of(frozen);
        assertSame(frozen, DeepUnwrap.unwrap(prepared));
        assertSame(frozen.get("tags"), DeepUnwrap.unwrap(prepared.get("tags")));
        assertSame(frozen, prepared.map());
    }

    private static Map<String, Object> item() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", "Café <partagé> & \"co\" 😀");
        item.put("count", 12345);
        item.put("ratio", 0.25);
        item.put("flag", true);
        item.put("none", null);
        item.put("tags", List.of("a", "b", "c"));
        item.put("empty", List.of());
        item.put("images", List.of(Map.of("@id", "x1", "mimeType", "image/png", "alt", "Alt"), Map.of("@id", "x2", "mimeType", "application/pdf"),
                "an-id-not-an-asset"));
        item.put("nested", new LinkedHashMap<>(Map.of("deep", Map.of("name", "Deep"), "list", List.of(Map.of("v", 1), Map.of("v", 2L)))));
        item.put("nulls", new ArrayList<>(Arrays.asList("x", null, "y")));
        item.put("html", "<b>\"quoted\"</b>");
        return item;
    }

    private static String render(Object value) throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("t.ftlh", TEMPLATE);
        config.setTemplateLoader(loader);
        config.setRecognizeStandardFileExtensions(true);
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setFallbackOnNullLoopVariable(false);
        Map<String, Object> model = new HashMap<>();
        model.put("i", value);
        // what a portal function does with its argument (Fn unwraps it): the same Java value either way
        model.put("echo", (TemplateMethodModelEx) args -> {
            Object o = DeepUnwrap.unwrap((TemplateModel) args.get(0));
            return o.getClass().getSimpleName().replaceAll("\\$.*|Unmodifiable", "") + o;
        });
        Template t = config.getTemplate("t.ftlh");
        StringWriter out = new StringWriter();
        t.process(model, out);
        return out.toString();
    }
}
