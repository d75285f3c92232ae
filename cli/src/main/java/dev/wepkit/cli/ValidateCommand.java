// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.InputException;
import dev.wepkit.cli.internal.Inputs;
import dev.wepkit.cli.internal.ReportFormat;
import dev.wepkit.cli.internal.ResourceOutcome;
import dev.wepkit.cli.internal.ResourcePaths;
import dev.wepkit.cli.internal.ValidationReport;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.SourcePosition;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.Violation;
import dev.wepkit.validation.ViolationType;
import dev.wepkit.validation.WorkloadEndpointValidator;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wepkit validate}: checks resources against Calico's rules, each problem at its line and
 * column.
 */
@Command(
    name = "validate",
    header = "Check WorkloadEndpoints against Calico's rules.",
    description = {
      "Validate WorkloadEndpoints with Calico's rules. A file may hold one resource, several YAML"
          + " documents separated by '---', a WorkloadEndpointList or an array of resources, in"
          + " YAML or JSON; '-' reads stdin.",
      "Every resource is reported at its index, also after one that cannot be bound (an unknown"
          + " field or duplicate key with --strict, a string where a number belongs, another"
          + " kind): such a resource is invalid, with each binding problem and every rule"
          + " violation of the rest of it. Each problem is printed as"
          + " FILE:LINE:COLUMN: error: PATH: DETAIL."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every resource is valid",
      "1:at least one resource is invalid",
      "2:bad usage, a file that cannot be read or parsed, or input refused by a safety limit"
          + " (message on stderr as file:line:column: problem)"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(
      names = "--strict",
      description = "Decode as calicoctl apply does: unknown fields and duplicate keys are errors.")
  boolean strict;

  @Option(
      names = "--as-calicoctl",
      description =
          "Store unquoted values in string fields as calicoctl stores them (version: 1.10 as"
              + " \"1.1\", yes as \"true\", 010 as \"8\"), then validate: calicoctl's verdict."
              + " Without it the text is kept as written; either way each such value is warned"
              + " about.")
  boolean asCalicoctl;

  @Option(
      names = "--identity",
      description =
          "Also apply Calico's client rule: metadata.name must equal the name derived"
              + " from the spec. (Its other rule, a namespace must be set, cannot fail for a"
              + " file: a missing or empty namespace is read as 'default', as calicoctl does.)")
  boolean identity;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default): OK or INVALID per resource, each problem as"
              + " FILE:LINE:COLUMN: error: PATH: DETAIL, then a summary."
              + " json: one object per resource per line. sarif: a SARIF 2.1.0 log."
              + " junit: a JUnit XML report. github: GitHub Actions annotations.")
  ReportFormat format = ReportFormat.TEXT;

  @Parameters(arity = "1..*", paramLabel = "FILE|-", description = "Files to validate; - is stdin.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidationReport report = format.open(out, parent.colour(), VersionProvider.version());
    WorkloadEndpointValidator validator =
        WorkloadEndpointValidator.builder().identityCheck(identity).build();
    WorkloadEndpointYaml codec =
        WorkloadEndpointYaml.builder()
            .mode(strict ? DecodeMode.STRICT : DecodeMode.LENIENT)
            .unquotedScalars(asCalicoctl ? UnquotedScalars.AS_CALICOCTL : UnquotedScalars.LITERAL)
            .keepPositions(true)
            .build();
    for (String file : files) {
      try {
        validateFile(file, codec, validator, report);
        report.fileDone();
      } catch (InputException e) {
        report.fileFailed(file, e.line(), e.column(), e.problem());
        out.flush();
        err.println(e.getMessage());
        err.flush();
      }
    }
    report.finish();
    out.flush();
    if (report.unreadableFiles() > 0) {
      return ExitCodes.USAGE;
    }
    return report.invalid() > 0 ? ExitCodes.NEGATIVE : ExitCodes.OK;
  }

  private void validateFile(
      String file,
      WorkloadEndpointYaml codec,
      WorkloadEndpointValidator validator,
      ValidationReport report)
      throws InputException {
    boolean any = false;
    try (InputStream in = Inputs.openStream(file, parent.stdin());
        Stream<DecodedResource> resources = codec.decodeEach(in)) {
      Iterator<DecodedResource> each = resources.iterator();
      while (each.hasNext()) {
        DecodedResource resource = each.next();
        any = true;
        Optional<WorkloadEndpointDecodeException> failure = resource.failure();
        if (failure.isPresent() && !failure.get().reason().isRecoverable()) {
          // Not YAML or JSON, a safety limit, a failing stream: the rest cannot be read.
          WorkloadEndpointDecodeException e = failure.get();
          throw new InputException(file, e.line(), e.column(), e.problem());
        }
        report.resource(outcome(file, resource, validator));
      }
    } catch (IOException e) {
      throw Inputs.readFailure(file, e);
    } catch (UncheckedIOException e) {
      throw Inputs.readFailure(file, e.getCause());
    }
    if (!any) {
      throw new InputException(file, "no resources found: the input is empty");
    }
  }

  /**
   * The violations of one resource: its decode warnings, then either its rule violations or, when
   * it could not be bound, each binding problem followed by the rule violations of what could be
   * bound (less those under a field that failed, which would only repeat it).
   */
  private static ResourceOutcome outcome(
      String file, DecodedResource resource, WorkloadEndpointValidator validator) {
    List<Violation> warnings = new ArrayList<>();
    for (DecodeWarning w : resource.warnings()) {
      warnings.add(
          placed(
              Violation.of(ResourcePaths.relative(w.path()), typeOf(w), null, w.message()),
              w.line(),
              w.column()));
    }
    List<Violation> errors = new ArrayList<>();
    ValidationResult rules = ValidationResult.valid();
    if (resource.isOk()) {
      rules = validator.validate(resource.endpoint().get());
    } else {
      WorkloadEndpointDecodeException failure = resource.failure().get();
      List<String> failedPaths = new ArrayList<>();
      for (WorkloadEndpointDecodeException problem : failure.problems()) {
        String path = ResourcePaths.relative(problem.path());
        failedPaths.add(path);
        errors.add(
            placed(
                Violation.of(path, ViolationType.INVALID, problem.value(), problem.problem()),
                problem.line(),
                problem.column()));
      }
      Optional<WorkloadEndpoint> partial = resource.partialEndpoint();
      if (partial.isPresent()) {
        rules = withoutFailed(validator.validate(partial.get()), failedPaths);
      }
    }
    rules = rules.locate(resource.positions());
    errors.addAll(rules.errors());
    warnings.addAll(rules.warnings());
    SourcePosition start =
        resource.line() > 0
            ? SourcePosition.of(resource.line(), Math.max(1, resource.column()))
            : null;
    return new ResourceOutcome(
        file,
        resource.index(),
        resource.name().orElse(null),
        start,
        ValidationResult.of(errors, warnings));
  }

  /** A repeated key is a duplicate; an unquoted value calicoctl stores otherwise is invalid. */
  private static ViolationType typeOf(DecodeWarning w) {
    return w.kind() == DecodeWarning.Kind.UNQUOTED_SCALAR
        ? ViolationType.INVALID
        : ViolationType.DUPLICATE;
  }

  private static ValidationResult withoutFailed(ValidationResult rules, List<String> failedPaths) {
    return ValidationResult.of(
        outside(rules.errors(), failedPaths), outside(rules.warnings(), failedPaths));
  }

  /** The violations not at or below any of the failed paths. */
  private static List<Violation> outside(List<Violation> violations, List<String> failedPaths) {
    List<Violation> kept = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      if (failedPaths.stream().noneMatch(failed -> ResourcePaths.isAtOrBelow(v.path(), failed))) {
        kept.add(v);
      }
    }
    return kept;
  }

  private static Violation placed(Violation v, int line, int column) {
    return line > 0 ? v.at(SourcePosition.of(line, Math.max(1, column))) : v;
  }
}
