/** What a command returns; the entry point prints it and exits, so commands stay testable. */
export interface CommandResult {
  code: number;
  stdout?: string;
  stderr?: string;
}
