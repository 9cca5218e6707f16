// npm scripts run on the Node brought by the `node` devDependency; a bare shell may still be on 20.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Xuke needs Node >= 22 (found ${process.versions.node}). Run it through npm scripts or npx, ` +
      'which use the Node 24 installed as a devDependency (see README).',
  );
  process.exit(1);
}
