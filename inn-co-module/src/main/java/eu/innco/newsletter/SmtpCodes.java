package eu.innco.newsletter;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/** The SMTP reply code of a refusal (never its text, which often quotes the address); 0 when there is none. */
final class SmtpCodes {
    private SmtpCodes() {}

    static int of(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressFailedException a) return a.getReturnCode();
            if (x instanceof SMTPSendFailedException f) return f.getReturnCode();
        }
        return 0;
    }
}
