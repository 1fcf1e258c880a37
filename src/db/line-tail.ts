/** The last lines of a stream, kept for the message of a failed start: never more than `limit`. */
export class LineTail {
  private readonly lines: string[] = [];

  constructor(private readonly limit: number) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.limit) this.lines.shift();
  }

  toString(): string {
    return this.lines.join('\n');
  }
}
