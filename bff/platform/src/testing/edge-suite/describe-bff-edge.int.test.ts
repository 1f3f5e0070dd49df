// The shared edge suite against the declared toy BFF: it holds for any BFF, not just the catalog.
import { startBff } from '../../bff/create-bff.js';
import { toyDeclaration } from '../toy-declaration.js';
import { describeBffEdge } from './describe-bff-edge.js';

describeBffEdge('bff-toy', (config) => startBff(toyDeclaration(), { ...config, toyServiceAddr: '127.0.0.1:1', logLevel: 'silent' }), {
  version: '1.2.3',
});
