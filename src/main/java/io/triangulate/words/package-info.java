/**
 * Words: a text cut into tokens, and the form tables are matched on. Below both the tables (lexicon) and the text
 * stages, so that neither depends on the other's tokens through a cycle.
 */
package io.triangulate.words;
