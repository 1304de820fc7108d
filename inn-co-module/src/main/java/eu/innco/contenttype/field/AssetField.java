package eu.innco.contenttype.field;

/** A file or image: a reference to an item of the {@code asset} content type. */
public final class AssetField extends ReferenceField {
    public static final String NAME = "asset";

    public AssetField() {
        super("asset");
    }

    @Override public String name() { return NAME; }

    @Override public FieldKind kind() { return FieldKind.ASSET; }
}
