package eu.innco.repository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Work done with a JCR session that the repository opens and closes around it. */
@FunctionalInterface
public interface SessionWork<T> {
    T run(Session session) throws RepositoryException;
}
