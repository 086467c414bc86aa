// The one error type of every reader: a message a user can act on, with the line when the format has lines.
export class ImportFormatError extends Error {
  constructor(message: string, readonly line?: number) {
    super(line !== undefined ? `line ${line}: ${message}` : message);
    this.name = 'ImportFormatError';
  }
}
