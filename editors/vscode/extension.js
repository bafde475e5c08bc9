// Starts `factlint lsp` for Markdown and plain-text files.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("factlint");
  const command = settings.get("path", "factlint");
  const run = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "factlint",
    "factlint",
    { run, debug: run },
    {
      documentSelector: [
        { scheme: "file", language: "markdown" },
        { scheme: "file", language: "plaintext" },
        { scheme: "untitled", language: "markdown" },
        { scheme: "untitled", language: "plaintext" },
      ],
      initializationOptions: settings.get("options", {}),
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{.factlint.yaml,factlint.yaml}"),
      },
    }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
