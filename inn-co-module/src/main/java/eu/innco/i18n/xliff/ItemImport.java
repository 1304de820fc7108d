package eu.innco.i18n.xliff;

import com.fasterxml.jackson.databind.node.TextNode;
import eu.innco.FieldError;
import eu.innco.content.ContentItem;
import eu.innco.content.FieldState;
import eu.innco.content.ItemBatch;
import eu.innco.content.ItemValues;
import eu.innco.content.LocaleState;
import eu.innco.content.StateRequest;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Violations;
import eu.innco.content.LocalisedFields;
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
 * saved at once, each accepted unit setting its own value's state (the locale's becomes the lowest of its values').
 */
final class ItemImport {
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
        Map<String, String> asked = new LinkedHashMap<>();
        List<Pending> applied = new ArrayList<>();
        ItemValues replay = item.values();
        for (Pending p : pending) {
            String path = landing(replay, p.unit().id());
            replay = LocalisedFields.with(type.properties(), replay, p.unit().id(), target, p.value());
            asked.put(path, p.state());
            if (p.changed() || stateChanges(p, path)) applied.add(p);
        }
        if (!applied.isEmpty()) batch.save(item, values, new StateRequest(Map.of(), Map.of(target, asked)));
        for (Pending p : pending) {
            boolean done = applied.contains(p);
            result(p.unit(), done ? "applied" : "unchanged", p.state(), done ? null : "The value and state are as they were.");
        }
        List<UnitResult> out = new ArrayList<>();
        for (ImportUnit u : file.units()) out.add(results.get(u.id()));
        return out;
    }

    /** A unit changes its value's state when the state differs, or when it marks an outdated value translated again. */
    private boolean stateChanges(Pending p, String path) {
        FieldState now = item.locales().get(target).fields().get(path);
        if (now == null) return true;
        return !p.state().equals(now.state()) || (now.outdated() && !p.state().equals("draft"));
    }

    private Optional<Pending> read(ImportUnit u) {
        String state = fieldState(u.id());
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
                    result(p.unit(), "invalid", fieldState(p.unit().id()), e.message());
                });
            }
            if (broken.isEmpty()) {
                FieldError first = errors.get(0);
                for (Pending p : pending) {
                    result(p.unit(), "invalid", fieldState(p.unit().id()),
                            "The item has other invalid values (" + first.path() + " " + first.message() + "); fix them in the editor first.");
                }
                pending.clear();
                return item.values();
            }
            pending.removeAll(broken);
        }
    }

    /**
     * Where a unit's value lands: its own path, except for an entry of a list the locale has fewer
     * entries of, which is appended (the Polish list may be shorter than the English one).
     */
    private String landing(ItemValues values, String path) {
        java.util.Set<String> paths = LocalisedFields.of(type.properties(), values, target).keySet();
        int dot = path.lastIndexOf('.');
        if (paths.contains(path) || dot < 0 || !path.substring(dot + 1).matches("\\d+")) return path;
        String list = path.substring(0, dot);
        long size = paths.stream().filter(x -> x.startsWith(list + ".") && x.substring(list.length() + 1).matches("\\d+")).count();
        return list + "." + size;
    }

    /** The value's state now; a unit naming no value of the item gets the locale's. */
    private String fieldState(String path) {
        LocaleState l = item.locales().get(target);
        FieldState f = l.fields().get(path);
        return f == null ? l.translation() : f.state();
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
