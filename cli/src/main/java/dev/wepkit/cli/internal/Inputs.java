// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Opens the {@code FILE|-} arguments of the commands, with one clear line for each failure. */
public final class Inputs {
  /** The argument that means standard input. */
  public static final String STDIN = "-";

  private Inputs() {}

  /**
   * Opens a file, or standard input for {@code -}; standard input is not closed afterwards.
   *
   * @param name the argument as given
   * @param stdin standard input
   * @return a line reader
   * @throws InputException if the file is missing, a directory or unreadable
   */
  public static LineReader open(String name, InputStream stdin) throws InputException {
    if (STDIN.equals(name)) {
      return new LineReader(stdin, false);
    }
    Path path = path(name);
    try {
      return new LineReader(Files.newInputStream(path), true);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied");
    } catch (IOException e) {
      throw new InputException(name, "cannot open: " + e.getMessage());
    }
  }

  /**
   * Opens a file, or standard input for {@code -}, as bytes for the codecs (which check the
   * encoding themselves); closing the stream of standard input leaves standard input open.
   *
   * @param name the argument as given
   * @param stdin standard input
   * @return the stream
   * @throws InputException if the file is missing, a directory or unreadable
   */
  public static InputStream openStream(String name, InputStream stdin) throws InputException {
    if (STDIN.equals(name)) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // Standard input belongs to the process.
        }
      };
    }
    Path path = path(name);
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name, "permission denied");
    } catch (IOException e) {
      throw new InputException(name, "cannot open: " + e.getMessage());
    }
  }

  private static Path path(String name) throws InputException {
    Path path;
    try {
      path = Paths.get(name);
    } catch (InvalidPathException e) {
      throw new InputException(name, "not a valid file name");
    }
    if (Files.isDirectory(path)) {
      throw new InputException(name, "is a directory, not a file");
    }
    return path;
  }

  /**
   * Turns a failure while reading into the one-line message.
   *
   * @param name the argument as given
   * @param e the failure
   * @return the exception to throw
   */
  public static InputException readFailure(String name, IOException e) {
    if (e instanceof LineReader.BadBytesException) {
      LineReader.BadBytesException bad = (LineReader.BadBytesException) e;
      return new InputException(name, bad.line(), bad.column(), bad.getMessage());
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new InputException(name, "cannot read: " + detail);
  }
}
