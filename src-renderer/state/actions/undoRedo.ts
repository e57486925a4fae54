// Undo and redo of view changes (hide, pin, expand, layout).
export { undoView as undo, redoView as redo } from '../history';
