export { collections } from 'dreiklang/content';
