// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the JSON and the YAML codec both do, with the same overloads, so that code can switch
 * formats without changing its calls: {@code dev.wepkit.json.WorkloadEndpointJson} and {@code
 * dev.wepkit.yaml.WorkloadEndpointYaml} implement it over one streaming engine.
 *
 * <p>Reading accepts a single resource, a {@code WorkloadEndpointList}, or a top-level array of
 * resources (YAML: in each of several {@code ---} documents). The {@code read*} and {@code stream}
 * methods throw one {@link WorkloadEndpointDecodeException} for the first resource that cannot be
 * read, carrying every problem of that resource; {@code decodeAll} and {@code decodeEach} report
 * each resource on its own and go on after one that fails. Inputs passed in are never closed.
 * Implementations are immutable and safe to share between threads.
 *
 * <pre>{@code
 * WorkloadEndpointCodec codec = yaml ? WorkloadEndpointYaml.create() : WorkloadEndpointJson.create();
 * List<WorkloadEndpoint> weps = codec.readAll(text);
 * String out = codec.writeAll(weps);
 * for (DecodedResource r : codec.decodeAll(text)) {
 *   r.failure().ifPresent(e -> System.err.println(e.getMessage()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface WorkloadEndpointCodec {
  /**
   * The decode mode.
   *
   * @return {@link DecodeMode#LENIENT} or {@link DecodeMode#STRICT}
   */
  DecodeMode mode();

  /**
   * Reads the one WorkloadEndpoint of the input.
   *
   * @param text the text
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpoint
   */
  WorkloadEndpoint read(String text);

  /**
   * Reads the one WorkloadEndpoint of the input.
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpoint
   */
  WorkloadEndpoint read(byte[] bytes);

  /**
   * Reads the one WorkloadEndpoint of the input.
   *
   * @param in the text; the reader is not closed
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpoint
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  WorkloadEndpoint read(Reader in);

  /**
   * Reads the one WorkloadEndpoint of the input.
   *
   * @param in the bytes; the stream is not closed
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpoint
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  WorkloadEndpoint read(InputStream in);

  /**
   * Reads the one WorkloadEndpointList of the input.
   *
   * @param text the text
   * @return the list
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpointList
   */
  WorkloadEndpointList readList(String text);

  /**
   * Reads the one WorkloadEndpointList of the input.
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return the list
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpointList
   */
  WorkloadEndpointList readList(byte[] bytes);

  /**
   * Reads the one WorkloadEndpointList of the input.
   *
   * @param in the text; the reader is not closed
   * @return the list
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpointList
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  WorkloadEndpointList readList(Reader in);

  /**
   * Reads the one WorkloadEndpointList of the input.
   *
   * @param in the bytes; the stream is not closed
   * @return the list
   * @throws WorkloadEndpointDecodeException if the input is not exactly one v3 WorkloadEndpointList
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  WorkloadEndpointList readList(InputStream in);

  /**
   * Reads every endpoint of the input: single resources, the items of lists and the elements of
   * top-level sequences, in order.
   *
   * @param text the text
   * @return the endpoints, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   */
  List<WorkloadEndpoint> readAll(String text);

  /**
   * Reads every endpoint of the input: single resources, the items of lists and the elements of
   * top-level sequences, in order.
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return the endpoints, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   */
  List<WorkloadEndpoint> readAll(byte[] bytes);

  /**
   * Reads every endpoint of the input: single resources, the items of lists and the elements of
   * top-level sequences, in order.
   *
   * @param in the text; the reader is not closed
   * @return the endpoints, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  List<WorkloadEndpoint> readAll(Reader in);

  /**
   * Reads every endpoint of the input: single resources, the items of lists and the elements of
   * top-level sequences, in order.
   *
   * @param in the bytes; the stream is not closed
   * @return the endpoints, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  List<WorkloadEndpoint> readAll(InputStream in);

  /**
   * Reads the one document of the input and keeps its shape (endpoint, list or sequence).
   *
   * @param text the text
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   */
  ResourceDocument readDocument(String text);

  /**
   * Reads the one document of the input and keeps its shape (endpoint, list or sequence).
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   */
  ResourceDocument readDocument(byte[] bytes);

  /**
   * Reads the one document of the input and keeps its shape (endpoint, list or sequence).
   *
   * @param in the text; the reader is not closed
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  ResourceDocument readDocument(Reader in);

  /**
   * Reads the one document of the input and keeps its shape (endpoint, list or sequence).
   *
   * @param in the bytes; the stream is not closed
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  ResourceDocument readDocument(InputStream in);

  /**
   * Reads every document of the input (JSON has one; YAML one per non-empty {@code ---} document),
   * each in its shape.
   *
   * @param text the text
   * @return the documents, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   */
  List<ResourceDocument> readDocuments(String text);

  /**
   * Reads every document of the input (JSON has one; YAML one per non-empty {@code ---} document),
   * each in its shape.
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return the documents, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   */
  List<ResourceDocument> readDocuments(byte[] bytes);

  /**
   * Reads every document of the input (JSON has one; YAML one per non-empty {@code ---} document),
   * each in its shape.
   *
   * @param in the text; the reader is not closed
   * @return the documents, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  List<ResourceDocument> readDocuments(Reader in);

  /**
   * Reads every document of the input (JSON has one; YAML one per non-empty {@code ---} document),
   * each in its shape.
   *
   * @param in the bytes; the stream is not closed
   * @return the documents, unmodifiable
   * @throws WorkloadEndpointDecodeException at the first resource that cannot be read
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  List<ResourceDocument> readDocuments(InputStream in);

  /**
   * Streams the endpoints of the input one at a time: memory does not grow with their number. Close
   * the stream when done (try-with-resources); that closes the parser, not the input. A failure
   * surfaces from the stream's terminal operation.
   *
   * @param text the text
   * @return a sequential stream of endpoints
   * @throws WorkloadEndpointDecodeException from the terminal operation, at the first resource that
   *     cannot be read
   */
  Stream<WorkloadEndpoint> stream(String text);

  /**
   * Streams the endpoints of the input one at a time: memory does not grow with their number. Close
   * the stream when done (try-with-resources); that closes the parser, not the input. A failure
   * surfaces from the stream's terminal operation.
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return a sequential stream of endpoints
   * @throws WorkloadEndpointDecodeException from the terminal operation, at the first resource that
   *     cannot be read
   */
  Stream<WorkloadEndpoint> stream(byte[] bytes);

  /**
   * Streams the endpoints of the input one at a time: memory does not grow with their number. Close
   * the stream when done (try-with-resources); that closes the parser, not the input. A failure
   * surfaces from the stream's terminal operation.
   *
   * @param in the text; the reader is not closed
   * @return a sequential stream of endpoints
   * @throws WorkloadEndpointDecodeException from the terminal operation, at the first resource that
   *     cannot be read
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  Stream<WorkloadEndpoint> stream(Reader in);

  /**
   * Streams the endpoints of the input one at a time: memory does not grow with their number. Close
   * the stream when done (try-with-resources); that closes the parser, not the input. A failure
   * surfaces from the stream's terminal operation.
   *
   * @param in the bytes; the stream is not closed
   * @return a sequential stream of endpoints
   * @throws WorkloadEndpointDecodeException from the terminal operation, at the first resource that
   *     cannot be read
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  Stream<WorkloadEndpoint> stream(InputStream in);

  /**
   * Reads the input resource by resource: one result per resource, the endpoint or why it failed,
   * with its position. A resource that cannot be bound does not stop the others; only text that
   * cannot be read at all ends the input, as the last result. Nothing is thrown for bad input.
   *
   * @param text the text
   * @return the results, unmodifiable
   */
  List<DecodedResource> decodeAll(String text);

  /**
   * Reads the input resource by resource: one result per resource, the endpoint or why it failed,
   * with its position. A resource that cannot be bound does not stop the others; only text that
   * cannot be read at all ends the input, as the last result. Nothing is thrown for bad input.
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return the results, unmodifiable
   */
  List<DecodedResource> decodeAll(byte[] bytes);

  /**
   * Reads the input resource by resource: one result per resource, the endpoint or why it failed,
   * with its position. A resource that cannot be bound does not stop the others; only text that
   * cannot be read at all ends the input, as the last result. Nothing is thrown for bad input, nor
   * when the source fails: that too is the last result, of reason {@code IO}.
   *
   * @param in the text; the reader is not closed
   * @return the results, unmodifiable
   */
  List<DecodedResource> decodeAll(Reader in);

  /**
   * Reads the input resource by resource: one result per resource, the endpoint or why it failed,
   * with its position. A resource that cannot be bound does not stop the others; only text that
   * cannot be read at all ends the input, as the last result. Nothing is thrown for bad input, nor
   * when the source fails: that too is the last result, of reason {@code IO}.
   *
   * @param in the bytes; the stream is not closed
   * @return the results, unmodifiable
   */
  List<DecodedResource> decodeAll(InputStream in);

  /**
   * Like {@link #decodeAll(String)}, one resource at a time: memory does not grow with the number
   * of resources. Close the stream when done; that closes the parser, not the input.
   *
   * @param text the text
   * @return a sequential stream of results
   */
  Stream<DecodedResource> decodeEach(String text);

  /**
   * Like {@link #decodeAll(String)}, one resource at a time: memory does not grow with the number
   * of resources. Close the stream when done; that closes the parser, not the input.
   *
   * @param bytes UTF-8 bytes (JSON may also be UTF-16 or UTF-32, detected)
   * @return a sequential stream of results
   */
  Stream<DecodedResource> decodeEach(byte[] bytes);

  /**
   * Like {@link #decodeAll(String)}, one resource at a time: memory does not grow with the number
   * of resources. Close the stream when done; that closes the parser, not the input.
   *
   * @param in the text; the reader is not closed
   * @return a sequential stream of results
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  Stream<DecodedResource> decodeEach(Reader in);

  /**
   * Like {@link #decodeAll(String)}, one resource at a time: memory does not grow with the number
   * of resources. Close the stream when done; that closes the parser, not the input.
   *
   * @param in the bytes; the stream is not closed
   * @return a sequential stream of results
   * @throws java.io.UncheckedIOException if the input cannot be read
   */
  Stream<DecodedResource> decodeEach(InputStream in);

  /**
   * Writes the endpoint as Calico prints it: JSON compact in Go's field order, YAML as {@code
   * calicoctl get -o yaml} prints it.
   *
   * @param wep the endpoint
   * @return the text
   */
  String write(WorkloadEndpoint wep);

  /**
   * Writes the endpoint to a writer; see {@link #write(WorkloadEndpoint)}.
   *
   * @param wep the endpoint
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void write(WorkloadEndpoint wep, Writer out);

  /**
   * Writes the endpoint to a stream; see {@link #write(WorkloadEndpoint)}.
   *
   * @param wep the endpoint
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void write(WorkloadEndpoint wep, OutputStream out);

  /**
   * Writes the list as Calico prints it: JSON compact in Go's field order, YAML as {@code calicoctl
   * get -o yaml} prints it.
   *
   * @param list the list
   * @return the text
   */
  String write(WorkloadEndpointList list);

  /**
   * Writes the list to a writer; see {@link #write(WorkloadEndpointList)}.
   *
   * @param list the list
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void write(WorkloadEndpointList list, Writer out);

  /**
   * Writes the list to a stream; see {@link #write(WorkloadEndpointList)}.
   *
   * @param list the list
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void write(WorkloadEndpointList list, OutputStream out);

  /**
   * Writes the document as Calico prints it: JSON compact in Go's field order, YAML as {@code
   * calicoctl get -o yaml} prints it.
   *
   * @param document the document, in its shape
   * @return the text
   */
  String write(ResourceDocument document);

  /**
   * Writes the document to a writer; see {@link #write(ResourceDocument)}.
   *
   * @param document the document, in its shape
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void write(ResourceDocument document, Writer out);

  /**
   * Writes the document to a stream; see {@link #write(ResourceDocument)}.
   *
   * @param document the document, in its shape
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void write(ResourceDocument document, OutputStream out);

  /**
   * Writes the endpoint indented as {@code calicoctl get -o json} prints it (YAML is always block
   * style: the same as {@link #write(WorkloadEndpoint)}).
   *
   * @param wep the endpoint
   * @return the text
   */
  String writePretty(WorkloadEndpoint wep);

  /**
   * Writes the endpoint to a writer; see {@link #writePretty(WorkloadEndpoint)}.
   *
   * @param wep the endpoint
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writePretty(WorkloadEndpoint wep, Writer out);

  /**
   * Writes the endpoint to a stream; see {@link #writePretty(WorkloadEndpoint)}.
   *
   * @param wep the endpoint
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writePretty(WorkloadEndpoint wep, OutputStream out);

  /**
   * Writes the list indented as {@code calicoctl get -o json} prints it (YAML is always block
   * style: the same as {@link #write(WorkloadEndpoint)}).
   *
   * @param list the list
   * @return the text
   */
  String writePretty(WorkloadEndpointList list);

  /**
   * Writes the list to a writer; see {@link #writePretty(WorkloadEndpointList)}.
   *
   * @param list the list
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writePretty(WorkloadEndpointList list, Writer out);

  /**
   * Writes the list to a stream; see {@link #writePretty(WorkloadEndpointList)}.
   *
   * @param list the list
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writePretty(WorkloadEndpointList list, OutputStream out);

  /**
   * Writes the document indented as {@code calicoctl get -o json} prints it (YAML is always block
   * style: the same as {@link #write(WorkloadEndpoint)}).
   *
   * @param document the document, in its shape
   * @return the text
   */
  String writePretty(ResourceDocument document);

  /**
   * Writes the document to a writer; see {@link #writePretty(ResourceDocument)}.
   *
   * @param document the document, in its shape
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writePretty(ResourceDocument document, Writer out);

  /**
   * Writes the document to a stream; see {@link #writePretty(ResourceDocument)}.
   *
   * @param document the document, in its shape
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writePretty(ResourceDocument document, OutputStream out);

  /**
   * Writes endpoints one after another: YAML as one {@code ---} document each, JSON as one array.
   *
   * @param endpoints the endpoints
   * @return the text
   */
  String writeAll(Iterable<? extends WorkloadEndpoint> endpoints);

  /**
   * Writes endpoints one after another, without holding more than one in memory; see {@link
   * #writeAll(Iterable)}.
   *
   * @param endpoints the endpoints
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writeAll(Iterable<? extends WorkloadEndpoint> endpoints, Writer out);

  /**
   * Writes endpoints one after another, without holding more than one in memory; see {@link
   * #writeAll(Iterable)}.
   *
   * @param endpoints the endpoints
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writeAll(Iterable<? extends WorkloadEndpoint> endpoints, OutputStream out);

  /**
   * Writes documents, each in its shape: YAML as a multi-document stream separated by {@code ---}
   * lines, JSON as the document itself when there is one and as an array of them otherwise.
   *
   * @param documents the documents
   * @return the text
   */
  String writeDocuments(List<ResourceDocument> documents);

  /**
   * Writes documents; see {@link #writeDocuments(List)}.
   *
   * @param documents the documents
   * @param out the writer, flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writeDocuments(List<ResourceDocument> documents, Writer out);

  /**
   * Writes documents; see {@link #writeDocuments(List)}.
   *
   * @param documents the documents
   * @param out the stream (UTF-8), flushed but not closed
   * @throws java.io.UncheckedIOException if writing fails
   */
  void writeDocuments(List<ResourceDocument> documents, OutputStream out);
}
