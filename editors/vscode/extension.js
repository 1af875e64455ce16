// Starts `pamphlet lsp` for YAML files, through Microsoft's vscode-languageclient.
// The server looks for the nearest pamphlet.toml itself and stays quiet elsewhere.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate() {
  const command = vscode.workspace.getConfiguration('pamphlet').get('path', 'pamphlet');
  client = new LanguageClient(
    'pamphlet',
    'pamphlet',
    { command, args: ['lsp'] },
    { documentSelector: [{ scheme: 'file', language: 'yaml' }] },
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
