package eu.innco.web;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Limits form and upload bodies before anything reads them: Jersey reads a whole form into memory
 * and spools a whole multipart body to disk before the page code runs, whoever sends it. Browsers
 * always say how long a form is; a form without a length, or longer than allowed, is refused.
 */
@PreMatching
@Priority(2)
public final class BodyLimits implements ContainerRequestFilter {
    private final long formBytes;
    private final long uploadBytes;

    public BodyLimits(long formBytes, long uploadBytes) {
        this.formBytes = formBytes;
        this.uploadBytes = uploadBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null) return;
        long limit;
        if (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) limit = formBytes;
        else if (type.getType().equals("multipart")) limit = uploadBytes + 1024 * 1024; // the file plus the form's other fields
        else return;
        int length = request.getLength();
        if (length < 0) {
            throw InncoException.badRequest(ErrorCode.REQUEST_411, "Send forms and uploads with a Content-Length.");
        }
        if (length > limit) {
            throw new InncoException(ErrorCode.REQUEST_413, "Payload too large",
                    "This form or upload may be at most " + limit + " bytes.", List.of());
        }
    }
}
