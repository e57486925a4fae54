// cytoscape-fcose ships without types: it is a Cytoscape extension registered once.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
