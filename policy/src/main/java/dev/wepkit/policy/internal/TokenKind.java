// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

/** The kinds of selector token, each with the name Calico prints in its error messages. */
public enum TokenKind {
  LABEL("TokLabel"),
  STRING_LITERAL("TokStringLiteral"),
  LBRACE("TokLBrace"),
  RBRACE("TokRBrace"),
  COMMA("TokComma"),
  EQ("TokEq"),
  NE("TokNe"),
  IN("TokIn"),
  NOT("TokNot"),
  NOT_IN("TokNotIn"),
  CONTAINS("TokContains"),
  STARTS_WITH("TokStartsWith"),
  ENDS_WITH("TokEndsWith"),
  ALL("TokAll"),
  HAS("TokHas"),
  LPAREN("TokLParen"),
  RPAREN("TokRParen"),
  AND("TokAnd"),
  OR("TokOr"),
  GLOBAL("TokGlobal"),
  EOF("TokEOF");

  private final String calicoName;

  TokenKind(String calicoName) {
    this.calicoName = calicoName;
  }

  /**
   * The name Calico gives this kind, for example {@code TokLabel}.
   *
   * @return the name
   */
  public String calicoName() {
    return calicoName;
  }
}
