package eu.innco.security;

/** The actions that permissions are about. */
public enum Action {
    READ_DRAFT, CREATE, UPDATE, DELETE, TRANSLATE, PUBLISH, UNPUBLISH, SCHEDULE, MANAGE_RELEASES,
    READ_AUDIT, MANAGE_USERS, IMPORT, EXPORT, PREVIEW_TOKENS
}
