package eu.innco.i18n.xliff;

import com.fasterxml.jackson.databind.node.TextNode;
import eu.innco.FieldError;
import eu.innco.content.ContentItem;
import eu.innco.content.ItemBatch;
import eu.innco.content.ItemValues;
import eu.innco.content.LocaleState;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Violations;
import eu.innco.i18n.translation.LocalisedFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.RepositoryException;

/**
 * The units of one item in an imported file: each is read, compared with the current source and
 * target, and checked; the accepted values are validated together through the content type and
 * saved at once, with the locale's new state (the lowest state among the accepted units).
 */
final class ItemImport {
    private static final List<String> ORDER = List.of("draft", "translated", "reviewed");

    private record Pending(ImportUnit unit, Object value, String state, boolean changed) {}

    private final ItemBatch batch;
    private final ContentItem item;
    private final ContentTypeDefinition type;
    private final ImportDocument.File file;
    private final String source;
    private final String target;
    private final Map<String, UnitResult> results = new LinkedHashMap<>();

    ItemImport(ItemBatch batch, ContentItem item, ImportDocument.File file, String source, String target) {
        this.batch = batch;
        this.item = item;
        this.type = batch.types().require(item.type());
        this.file = file;
        this.source = source;
        this.target = target;
    }

    List<UnitResult> run() throws RepositoryException {
        List<Pending> pending = new ArrayList<>();
        for (ImportUnit u : file.units()) read(u).ifPresent(pending::add);
        ItemValues values = validated(pending);
        LocaleState now = item.locales().get(target);
        if (!pending.isEmpty()) {
            String state = pending.stream().map(Pending::state).min((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b)).orElseThrow();
            boolean marked = !state.equals("draft");
            boolean stateChanges = !state.equals(now.translation()) || (now.outdated() && marked);
            if (pending.stream().anyMatch(Pending::changed) || stateChanges) {
                batch.save(item, values, Map.of(target, state));
                for (Pending p : pending) {
                    boolean applied = p.changed() || stateChanges;
                    result(p.unit(), applied ? "applied" : "unchanged", state, applied ? null : "The value and state are as they were.");
                }
            } else {
                for (Pending p : pending) result(p.unit(), "unchanged", state, "The value and state are as they were.");
            }
        }
        List<UnitResult> out = new ArrayList<>();
        for (ImportUnit u : file.units()) out.add(results.get(u.id()));
        return out;
    }

    private Optional<Pending> read(ImportUnit u) {
        String state = item.locales().get(target).translation();
        if (u.problem() != null) return skip(u, "invalid", state, u.problem());
        Optional<PropertyDefinition> p = LocalisedFields.property(type.properties(), item.values(), u.id());
        if (p.isEmpty() || !Translatable.is(p.get())) {
            return skip(u, "unknown", state, "This " + item.type() + " has no translatable value '" + u.id() + "'.");
        }
        Object sourceNow = value(source, u.id());
        Object sourceThen;
        Object value = null;
        try {
            sourceThen = convert(p.get(), u.source(), u);
            if (u.target() != null) value = convert(p.get(), u.target(), u);
        } catch (IllegalArgumentException e) {
            return skip(u, "invalid", state, e.getMessage());
        }
        if (sourceNow == null || !sourceNow.equals(sourceThen)) {
            return skip(u, "sourceChanged", state, "The " + source + " source of this value changed since the file was exported; "
                    + "export again and translate the new text. Not applied.");
        }
        if (value == null || (value instanceof String s && s.isBlank())) return skip(u, "unchanged", state, "The file has no target for this unit.");
        return Optional.of(new Pending(u, value, state(u.state()), !value.equals(value(target, u.id()))));
    }

    /** The unit's content as a value of the property, through its field type (rich text is sanitised there). */
    private Object convert(PropertyDefinition p, List<Inline> content, ImportUnit u) {
        String text = Translatable.isRich(p) ? InlineCodes.toHtml(content, u.data()) : InlineCodes.toText(content);
        Violations v = new Violations();
        Object value = p.fieldType().fromJson(TextNode.valueOf(text), u.id(), v);
        if (value == null) throw new IllegalArgumentException("the target is not a valid " + p.typeName() + " value");
        return value;
    }

    /** Applies the pending values and validates them; units whose values break a rule become invalid and are left out. */
    private ItemValues validated(List<Pending> pending) {
        while (true) {
            ItemValues values = item.values();
            for (Pending p : pending) values = LocalisedFields.with(type.properties(), values, p.unit().id(), target, p.value());
            List<FieldError> errors = batch.errors(type.name(), values);
            if (errors.isEmpty()) return values;
            List<Pending> broken = new ArrayList<>();
            for (Pending p : pending) {
                errors.stream().filter(e -> unitPath(e.path()).equals(p.unit().id())).findFirst().ifPresent(e -> {
                    broken.add(p);
                    result(p.unit(), "invalid", item.locales().get(target).translation(), e.message());
                });
            }
            if (broken.isEmpty()) {
                FieldError first = errors.get(0);
                for (Pending p : pending) {
                    result(p.unit(), "invalid", item.locales().get(target).translation(),
                            "The item has other invalid values (" + first.path() + " " + first.message() + "); fix them in the editor first.");
                }
                pending.clear();
                return item.values();
            }
            pending.removeAll(broken);
        }
    }

    /** {@code properties.whatHelped.pl.0} to the unit id {@code whatHelped.0}. */
    private String unitPath(String errorPath) {
        List<String> parts = new ArrayList<>(Arrays.asList(errorPath.replaceFirst("^properties\\.", "").split("\\.")));
        int at = parts.lastIndexOf(target);
        if (at >= 0) parts.remove(at);
        return String.join(".", parts);
    }

    private Object value(String locale, String path) {
        LocalisedFields.Field f = LocalisedFields.of(type.properties(), item.values(), locale).get(path);
        return f == null ? null : f.value();
    }

    /** XLIFF segment states to ours: initial is a draft, final counts as reviewed. */
    private static String state(String xliff) {
        return switch (xliff) {
            case "translated" -> "translated";
            case "reviewed", "final" -> "reviewed";
            default -> "draft";
        };
    }

    private Optional<Pending> skip(ImportUnit u, String outcome, String state, String message) {
        result(u, outcome, state, message);
        return Optional.empty();
    }

    private void result(ImportUnit u, String outcome, String state, String message) {
        results.put(u.id(), new UnitResult(file.original(), u.id(), outcome, state, message));
    }
}
