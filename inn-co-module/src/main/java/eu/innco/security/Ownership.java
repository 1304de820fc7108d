package eu.innco.security;

/** What an item says about who owns it: its creator and the partner organisation it belongs to. */
public record Ownership(String itemId, String createdBy, String ownerPartner) {
    public static final Ownership NEW = new Ownership("", "", "");
}
