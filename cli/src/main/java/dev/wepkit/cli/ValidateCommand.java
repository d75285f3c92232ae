// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.Violation;
import dev.wepkit.validation.ViolationType;
import dev.wepkit.validation.WorkloadEndpointValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit validate}: checks resources against Calico's rules. */
@Command(
    name = "validate",
    header = "Check WorkloadEndpoints against Calico's rules.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validate WorkloadEndpoints with Calico's rules. A file may hold one resource, several YAML"
          + " documents separated by '---', a WorkloadEndpointList or an array of resources, in"
          + " YAML or JSON; '-' reads stdin.",
      "A document that cannot be bound to a WorkloadEndpoint (an unknown field or duplicate key"
          + " with --strict, a string where a number belongs, another kind) is reported as an"
          + " invalid resource with the path of the problem."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every resource is valid",
      "1:at least one resource is invalid",
      "2:bad usage, a file that cannot be read or parsed, or input refused by a safety limit"
          + " (message on stderr as file:line:column: problem)"
    })
final class ValidateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(
      names = "--strict",
      description = "Decode as calicoctl apply does: unknown fields and duplicate keys are errors.")
  boolean strict;

  @Option(
      names = "--identity",
      description =
          "Also apply Calico's client rules: metadata.name must equal the name derived"
              + " from the spec, and metadata.namespace must be set.")
  boolean identity;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description =
          "text (default): OK or the violations per resource, then a summary."
              + " json: one object per resource per line.")
  Format format = Format.text;

  @Parameters(arity = "1..*", paramLabel = "FILE|-", description = "Files to validate; - is stdin.")
  List<String> files;

  private final List<DecodeWarning> decodeWarnings = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidationReporter reporter =
        format == Format.json
            ? new ValidationReporter.Json(out)
            : new ValidationReporter.Text(out, parent.colour());
    WorkloadEndpointValidator validator =
        WorkloadEndpointValidator.builder().identityCheck(identity).build();
    ResourceCodec codec = new ResourceCodec(strict, decodeWarnings::add);
    for (String file : files) {
      try {
        validateFile(file, codec, validator, reporter);
        reporter.fileDone();
      } catch (InputException e) {
        reporter.fileFailed();
        out.flush();
        err.println(e.getMessage());
        err.flush();
      }
    }
    reporter.finish();
    if (reporter.unreadableFiles > 0) {
      return WepkitCommand.USAGE;
    }
    return reporter.invalid > 0 ? WepkitCommand.NEGATIVE : WepkitCommand.OK;
  }

  private void validateFile(
      String file,
      ResourceCodec codec,
      WorkloadEndpointValidator validator,
      ValidationReporter reporter)
      throws InputException {
    try (LineReader lines = Inputs.open(file, parent.stdin())) {
      DocumentChunks documents = new DocumentChunks(lines, ResourceCodec.MAX_DOCUMENT_CHARS);
      int index = 0;
      boolean any = false;
      DocumentChunks.Chunk document;
      while ((document = documents.next()) != null) {
        any = true;
        index = validateDocument(file, document, index, codec, validator, reporter);
      }
      if (!any) {
        throw new InputException(file, "no resources found: the input is empty");
      }
    } catch (DocumentChunks.TooLargeException e) {
      throw new InputException(file, e.line(), -1, e.getMessage());
    } catch (IOException e) {
      throw Inputs.readFailure(file, e);
    }
  }

  /** Validates the resources of one document; returns the index of the next document's first. */
  private int validateDocument(
      String file,
      DocumentChunks.Chunk document,
      int firstIndex,
      ResourceCodec codec,
      WorkloadEndpointValidator validator,
      ValidationReporter reporter)
      throws InputException {
    int done = 0;
    try (Stream<WorkloadEndpoint> stream = codec.stream(document.text())) {
      Iterator<WorkloadEndpoint> endpoints = stream.iterator();
      while (true) {
        decodeWarnings.clear();
        if (!endpoints.hasNext()) {
          break;
        }
        WorkloadEndpoint wep = endpoints.next();
        ValidationResult result = withDecodeWarnings(validator.validate(wep), document);
        reporter.resource(file, firstIndex + done, nameOf(wep), result);
        done++;
      }
      return firstIndex + done;
    } catch (WorkloadEndpointDecodeException e) {
      return reportUnbound(file, document, firstIndex, done, e, reporter);
    }
  }

  /**
   * Reports a resource that parsed but could not be bound, or stops the file when the text is not
   * YAML or JSON at all or a safety limit refused it.
   */
  private int reportUnbound(
      String file,
      DocumentChunks.Chunk document,
      int firstIndex,
      int done,
      WorkloadEndpointDecodeException e,
      ValidationReporter reporter)
      throws InputException {
    int line = document.fileLine(e.line());
    ItemTree tree = DecodeFailures.classify(file, document, e);
    String detail = e.problem() + DecodeFailures.position(line, e.column());
    Violation violation =
        Violation.of(DecodeFailures.resourcePath(e.path()), ViolationType.INVALID, null, detail);
    List<Violation> warnings = decodeWarningViolations(document);
    reporter.resource(
        file,
        firstIndex + done,
        tree.nameOf(done),
        ValidationResult.of(List.of(violation), warnings));
    return firstIndex + Math.max(done + 1, tree.count());
  }

  private ValidationResult withDecodeWarnings(
      ValidationResult result, DocumentChunks.Chunk document) {
    if (decodeWarnings.isEmpty()) {
      return result;
    }
    List<Violation> warnings = decodeWarningViolations(document);
    warnings.addAll(result.warnings());
    return ValidationResult.of(result.errors(), warnings);
  }

  private List<Violation> decodeWarningViolations(DocumentChunks.Chunk document) {
    List<Violation> warnings = new ArrayList<>(decodeWarnings.size());
    for (DecodeWarning w : decodeWarnings) {
      String detail =
          w.message() + DecodeFailures.position(document.fileLine(w.line()), w.column());
      warnings.add(
          Violation.of(
              DecodeFailures.resourcePath(w.path()), ViolationType.DUPLICATE, null, detail));
    }
    return warnings;
  }

  private static String nameOf(WorkloadEndpoint wep) {
    String name = wep.metadata().name();
    return name == null || name.isEmpty() ? null : name;
  }
}
