package eu.innco.i18n.xliff;

import eu.innco.content.ContentItem;
import eu.innco.content.FieldState;
import eu.innco.content.ItemNodes;
import eu.innco.content.LocaleState;
import eu.innco.content.TranslationStates;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.content.LocalisedFields;
import eu.innco.content.LocalisedFields.Field;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Exports what needs translation into a target locale as XLIFF 2.0: one {@code <file>} per item, one
 * unit per localised text value, the value's own state on its segment, rich text as inline codes.
 */
public final class XliffExporter {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final ItemNodes nodes;
    private final AccessPolicy policy;

    public XliffExporter(ContentRepository repository, ContentTypeRegistry types, ItemNodes nodes, AccessPolicy policy) {
        this.repository = repository;
        this.types = types;
        this.nodes = nodes;
        this.policy = policy;
    }

    public XliffExport export(Actor actor, XliffSelection sel) {
        return export(actor, sel, eu.innco.progress.Progress.NONE);
    }

    /** {@link #export(Actor, XliffSelection)}, telling {@code progress} of each item read. */
    public XliffExport export(Actor actor, XliffSelection sel, eu.innco.progress.Progress progress) {
        policy.check(actor, Action.READ_DRAFT, Ownership.NEW);
        return repository.read(s -> {
            List<ExportFile> files = new ArrayList<>();
            Map<ContentTypeDefinition, List<Node>> selected = new java.util.LinkedHashMap<>();
            for (String typeName : sel.types()) {
                ContentTypeDefinition t = types.require(typeName);
                selected.put(t, new ArrayList<>(items(s, t, sel)));
            }
            progress.stage("items", selected.values().stream().mapToLong(List::size).sum());
            for (Map.Entry<ContentTypeDefinition, List<Node>> e : selected.entrySet()) {
                for (Node n : e.getValue()) {
                    ExportFile f = file(n, e.getKey(), sel);
                    if (!f.units().isEmpty()) files.add(f);
                    progress.step();
                }
            }
            return new XliffExport(sel, files);
        });
    }

    private ExportFile file(Node n, ContentTypeDefinition t, XliffSelection sel) throws RepositoryException {
        ContentItem item = nodes.toItem(n, t);
        LocaleState state = item.locales().get(sel.target());
        Optional<TranslationStates.Snapshot> snap = nodes.translations().snapshot(n, t, sel.target());
        Map<String, Field> target = LocalisedFields.of(t.properties(), item.values(), sel.target());
        Map<String, Field> fromNow = snap.map(x -> LocalisedFields.of(t.properties(), item.values(), x.from())).orElse(Map.of());
        Map<String, Field> then = snap.map(x -> LocalisedFields.of(t.properties(), x.values(), x.from())).orElse(Map.of());
        List<ExportUnit> units = new ArrayList<>();
        for (Field f : LocalisedFields.of(t.properties(), item.values(), sel.source()).values()) {
            if (!Translatable.is(f.property())) continue;
            Field existing = target.get(f.path());
            FieldState own = state.fields().get(f.path());
            String unitState = existing == null ? "missing" : own == null ? state.translation() : own.state();
            boolean outdated = state.outdated() && !Objects.equals(value(fromNow, f.path()), value(then, f.path()));
            if (!sel.states().contains(unitState) && !(outdated && sel.states().contains("outdated"))) continue;
            units.add(unit(f, existing, unitState, outdated));
        }
        return new ExportFile(t.name(), item.id(), label(item, t, sel.source()), units);
    }

    private static ExportUnit unit(Field source, Field target, String unitState, boolean outdated) {
        String state = switch (unitState) {
            case "translated" -> outdated ? "initial" : "translated";
            case "reviewed" -> outdated ? "initial" : "reviewed";
            default -> "initial";
        };
        String subState = outdated ? "innco:outdated" : unitState.equals("draft") ? "innco:draft" : null;
        Integer max = source.property().rules().maxLength().isPresent() ? source.property().rules().maxLength().getAsInt() : null;
        if (!Translatable.isRich(source.property())) {
            return new ExportUnit(source.path(), List.of(new Inline.Text((String) source.value())),
                    target == null ? null : List.of(new Inline.Text((String) target.value())), Map.of(), state, subState, max);
        }
        Map<String, String> data = new LinkedHashMap<>();
        InlineCodes.Ids ids = InlineCodes.Ids.forSource();
        InlineCodes.Coded src = InlineCodes.fromHtml((String) source.value(), data, ids);
        InlineCodes.Coded trg = target == null ? null : InlineCodes.fromHtml((String) target.value(), data, ids.forTarget());
        return new ExportUnit(source.path(), src.content(), trg == null ? null : trg.content(), data, state, subState, max);
    }

    private static Object value(Map<String, Field> fields, String path) {
        Field f = fields.get(path);
        return f == null ? null : f.value();
    }

    /** A note for the translator: which item this is, by its title in the source locale where it has one. */
    private static String label(ContentItem item, ContentTypeDefinition t, String source) {
        Object title = item.values().get("title", source).orElse(item.values().get("name").orElse(null));
        return t.name() + " '" + (title instanceof String s ? s : item.name()) + "' (" + item.name() + ")";
    }

    private List<Node> items(Session s, ContentTypeDefinition t, XliffSelection sel) throws RepositoryException {
        List<Node> out = new ArrayList<>();
        if (!s.nodeExists(t.rootPath())) return out;
        for (NodeIterator it = s.getNode(t.rootPath()).getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            if (!n.getPrimaryNodeType().getName().equals(t.nodeType())) continue;
            if (!sel.items().isEmpty() && !sel.items().contains(n.getIdentifier())) continue;
            out.add(n);
        }
        out.sort(java.util.Comparator.comparing(XliffExporter::name));
        return out;
    }

    private static String name(Node n) {
        try {
            return n.getName();
        } catch (RepositoryException e) {
            return "";
        }
    }
}
